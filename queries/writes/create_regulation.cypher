// purpose: The Regency, i.e. the issuing government of any kind (merged: it outlives its regulations), and its Regulation.
// param regency {"uid": "kabupaten-buton", "name": "Kabupaten Buton", "province": "Sulawesi Tenggara", "issuer_kind": "regency"} -- Regency (issuer) properties
// param regulation {"uid": "kabupaten-buton/peraturan-bupati-3-2024", "regency": "Kabupaten Buton", "issuer_kind": "regency"} -- Regulation properties
// returns:
MERGE (g:Regency {uid: $regency.uid})
SET g += $regency
CREATE (g)-[:ENACTED]->(r:Regulation)
SET r += $regulation
