// purpose: The Regency, i.e. the issuing government of any kind (merged: it outlives its regulations), its Regulation, and the
// purpose: Source holding the text the regulation was read from (quotes and offsets index it).
// param regency {"uid": "kabupaten-buton", "name": "Kabupaten Buton", "province": "Sulawesi Tenggara", "issuer_kind": "regency"} -- Regency (issuer) properties
// param regulation {"uid": "kabupaten-buton/peraturan-bupati-3-2024", "regency": "Kabupaten Buton", "issuer_kind": "regency"} -- Regulation properties
// param source {"uid": "kabupaten-buton/peraturan-bupati-3-2024/source", "regulation": "kabupaten-buton/peraturan-bupati-3-2024", "file": "000.txt", "sha256": "00", "chars": 4, "text": "Teks"} -- Source properties
// returns:
MERGE (g:Regency {uid: $regency.uid})
SET g += $regency
CREATE (g)-[:ENACTED]->(r:Regulation)
SET r += $regulation
CREATE (r)-[:HAS_SOURCE]->(s:Source)
SET s += $source
