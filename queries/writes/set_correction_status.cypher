// purpose: After a load, each correction of the regulation as matched again: still matching (with
// purpose: the text's sha256 and the sentence's new offsets) or stale ("tidak cocok lagi").
// param rows [{"id": "c0ffee", "status": "stale", "sha256": "8120", "start": 10, "end": 20}] -- one per correction
// returns:
UNWIND $rows AS row
MATCH (c:Correction {id: row.id})
SET c.status = row.status, c.sha256 = row.sha256, c.start = row.start, c.end = row.end
