// purpose: The longest chain of superiors from a position up to the top, over the chosen edge
// purpose: types; one row per hop (lowest first) with its citation and condition. Hops whose
// purpose: condition names other jenjang than $jenjang are skipped ("" ignores jenjang).
// param uid "kabupaten-buton/peraturan-bupati-3-2024/ut/_seluruh/pos/jabatan-fungsional" -- Position uid
// param types ["APPRAISES", "SETS_PERFORMANCE"] -- edge types to follow
// param jenjang "Ahli Muda" -- grade of the functional position, or ""
// returns: hop, from_uid, from_title, type, to_uid, to_title, where, quote, condition, provision, regulation
MATCH p = (top:Position)-[*1..8]->(start:Position {uid: $uid})
WHERE all(r IN relationships(p) WHERE type(r) IN $types
          AND ($jenjang = '' OR size(r.jenjang) = 0 OR $jenjang IN r.jenjang))
WITH p, top, size([(x:Position)-[s]->(top) WHERE type(s) IN $types | x]) AS above
ORDER BY above, length(p) DESC
LIMIT 1
UNWIND range(0, length(p) - 1) AS i
WITH i, relationships(p)[length(p) - 1 - i] AS r, nodes(p)[length(p) - 1 - i] AS boss,
     nodes(p)[length(p) - i] AS sub
RETURN i + 1 AS hop, sub.uid AS from_uid, sub.title AS from_title, type(r) AS type,
       boss.uid AS to_uid, boss.title AS to_title, r.where AS where, r.quote AS quote,
       r.condition AS condition, r.provision AS provision, r.regulation AS regulation
ORDER BY hop
