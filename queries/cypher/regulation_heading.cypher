// purpose: One regulation's regency, label and sha256 (the heading of a structure snapshot) and
// purpose: how many corrections and draft edits it has (none: a page need not read them).
// param regulation "kabupaten-buton/peraturan-bupati-3-2024" -- Regulation uid
// returns: uid, regency, label, sha256, corrections
MATCH (g:Regency)-[:ENACTED]->(r:Regulation {uid: $regulation})
OPTIONAL MATCH (c:Correction {regulation: $regulation})
RETURN r.uid AS uid, g.name AS regency, r.label AS label, r.sha256 AS sha256,
       count(c) AS corrections
