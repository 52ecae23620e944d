// purpose: One regulation's regency, label and sha256 (the heading of a structure snapshot).
// param regulation "kabupaten-buton/peraturan-bupati-3-2024" -- Regulation uid
// returns: uid, regency, label, sha256
MATCH (g:Regency)-[:ENACTED]->(r:Regulation {uid: $regulation})
RETURN r.uid AS uid, g.name AS regency, r.label AS label, r.sha256 AS sha256
