// purpose: The Regency, i.e. the issuing government of any kind (merged by its uid, a plain
// purpose: indexed parameter: it outlives its regulations), its Regulation, and the Source holding
// purpose: the text the regulation was read from (quotes and offsets index it). One statement per
// purpose: regulation: the text is large.
// param regency_uid "kabupaten-buton" -- Regency uid
// param regency {"uid": "kabupaten-buton", "name": "Kabupaten Buton", "province": "Sulawesi Tenggara", "issuer_kind": "regency"} -- Regency (issuer) properties
// param regulation {"uid": "kabupaten-buton/peraturan-bupati-3-2024", "regency": "Kabupaten Buton", "issuer_kind": "regency"} -- Regulation properties
// param source {"uid": "kabupaten-buton/peraturan-bupati-3-2024/source", "regulation": "kabupaten-buton/peraturan-bupati-3-2024", "file": "000.txt", "sha256": "00", "chars": 4, "text": "Teks"} -- Source properties
// returns:
MERGE (g:Regency {uid: $regency_uid})
SET g += $regency
CREATE (g)-[:ENACTED]->(r:Regulation)
SET r += $regulation
CREATE (r)-[:HAS_SOURCE]->(s:Source)
SET s += $source
