// purpose: Create or replace corrections by id (their own :Correction nodes; extracted edges are
// purpose: never touched); link_corrections then links them to what they correct.
// param rows [{"id": "c0ffee", "regulation": "kabupaten-buton/peraturan-bupati-3-2024", "status": "active"}] -- Correction fields plus regency_uid, source_uid, target_uid
// returns:
UNWIND $rows AS row
MERGE (c:Correction {id: row.id})
SET c += row
