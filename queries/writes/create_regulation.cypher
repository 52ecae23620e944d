// purpose: Regencies (merged: regencies outlive their regulations) and their Regulations; one row
// purpose: per regulation, batched across a chunk of a load's regulations (texts: create_sources).
// param regulations [{"regency_uid": "kabupaten-buton", "regency": {"uid": "kabupaten-buton", "name": "Kabupaten Buton"}, "regulation": {"uid": "kabupaten-buton/peraturan-bupati-3-2024"}}] -- one row per regulation
// returns:
UNWIND $regulations AS row
MERGE (g:Regency {uid: row.regency_uid})
SET g += row.regency
CREATE (g)-[:ENACTED]->(r:Regulation)
SET r += row.regulation
