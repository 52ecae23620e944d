// purpose: Regencies (merged: regencies outlive their regulations), their Regulations and the
// purpose: Source holding the text each was read from (quotes and offsets index it); one row
// purpose: per regulation, batched across a chunk of a load's regulations.
// param regulations [{"regency_uid": "kabupaten-buton", "regency": {"uid": "kabupaten-buton", "name": "Kabupaten Buton"}, "regulation": {"uid": "kabupaten-buton/peraturan-bupati-3-2024"}, "source": {"uid": "kabupaten-buton/peraturan-bupati-3-2024/source", "text": "Teks"}}] -- one row per regulation
// returns:
UNWIND $regulations AS row
MERGE (g:Regency {uid: row.regency_uid})
SET g += row.regency
CREATE (g)-[:ENACTED]->(r:Regulation)
SET r += row.regulation
CREATE (r)-[:HAS_SOURCE]->(s:Source)
SET s += row.source
