// purpose: The Regency (merged: regencies outlive their regulations) and its Regulation.
// param regency {"uid": "kabupaten-buton", "name": "Kabupaten Buton", "province": "Sulawesi Tenggara"} -- Regency properties
// param regulation {"uid": "kabupaten-buton/peraturan-bupati-3-2024", "regency": "Kabupaten Buton"} -- Regulation properties
// returns:
MERGE (g:Regency {uid: $regency.uid})
SET g += $regency
CREATE (g)-[:ENACTED]->(r:Regulation)
SET r += $regulation
