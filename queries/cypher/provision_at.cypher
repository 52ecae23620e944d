// purpose: The smallest provision of a regulation holding a span, with the regulation's sha256:
// purpose: a new correction must cite a sentence of the text as loaded.
// param regulation "kabupaten-buton/peraturan-bupati-3-2024" -- Regulation uid
// param start 9000 -- first offset of the cited sentence
// param end 9100 -- offset after it
// returns: uid, where, text, start, sha256
MATCH (r:Regulation {uid: $regulation})-[:HAS_PROVISION]->(pr:Provision)
WHERE pr.start <= $start AND pr.end >= $end
RETURN pr.uid AS uid, pr.where AS where, pr.text AS text, pr.start AS start, r.sha256 AS sha256
ORDER BY pr.end - pr.start
LIMIT 1
