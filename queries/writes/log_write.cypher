// purpose: One :WriteLog node per analyst write (who, when, what), shown on the Koreksi page.
// param rows [{"who": "Analis", "at": "2026-12-03T22:00:00+00:00", "action": "add", "type": "APPRAISES", "source": "Camat", "target": "Kepala Seksi", "where": "", "draft": "", "regency_uid": "kabupaten-buton", "ref": "c0ffee"}] -- log entries
// returns:
UNWIND $rows AS row
CREATE (w:WriteLog)
SET w += row
