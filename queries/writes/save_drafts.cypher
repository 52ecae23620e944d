// purpose: Create or replace what-if drafts by name; their edits are Correction nodes with draft set.
// param rows [{"name": "Usulan 2025", "regulation": "kabupaten-buton/peraturan-bupati-3-2024", "unit_type": "", "author": "Analis", "created": "2026-12-03T22:00:00+00:00", "note": "", "regency_uid": "kabupaten-buton"}] -- Draft fields plus regency_uid
// returns:
UNWIND $rows AS row
MERGE (d:Draft {name: row.name})
SET d += row
WITH d
MATCH (r:Regulation {uid: d.regulation})
MERGE (d)-[:DRAFTS]->(r)
