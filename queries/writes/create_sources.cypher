// purpose: The Source of each regulation just created: the text it was read from (quotes and
// purpose: offsets index it), one row per regulation; a step of its own, its parameter is large.
// param sources [{"uid": "kabupaten-buton/peraturan-bupati-3-2024/source", "regulation": "kabupaten-buton/peraturan-bupati-3-2024", "file": "000.txt", "sha256": "00", "chars": 4, "text": "Teks"}] -- Source properties
// returns:
UNWIND $sources AS row
MATCH (r:Regulation {uid: row.regulation})
CREATE (r)-[:HAS_SOURCE]->(s:Source)
SET s += row
