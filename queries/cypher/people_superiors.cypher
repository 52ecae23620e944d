// purpose: Who the regulation makes an employee's appraiser (or target-setter, or assigner):
// the candidates that survive precedence (implied) and delegated alternatives, each with the
// edge it rests on and its precedence score; overridden candidates are left out.
// An edge (Q)-[type]->(P) applies to an employee holding post U|P when its jenjang is empty or
// names the employee's; the candidates are whoever holds post U|Q (same unit or team).
// Score: 2 when the edge names the jenjang, +1 when it is the unit type's own (not regulation-
// wide); implied = not delegated and best score; delegated edges are accepted alternatives.
// holders are NIPs; start/end key the edge's quote (edge_quotes): rows stay small at 100k people.
// param regency "Kabupaten Buton" -- Regency name
// param type "APPRAISES" -- APPRAISES, SETS_PERFORMANCE or ASSIGNS
// param nip "" -- one employee's NIP, or "" for everyone
// returns: nip, nama, jabatan, jenjang, unit, position, position_title, superior_position, superior_title, superior_cls, holders, score, delegated, implied, where, start, end
MATCH (e:Employee {regency: $regency})
WHERE $nip = '' OR e.nip = $nip
MATCH (e)-[:HOLDS]->(s:Post)-[:OF_POSITION]->(p:Position)<-[r]-(q:Position)
WHERE type(r) = $type AND (size(r.jenjang) = 0 OR e.jenjang IN r.jenjang)
WITH e, s.work_unit + '|' + q.uid AS post, p.uid AS position, p.title AS position_title,
     q.uid AS superior_position, q.title AS superior_title, q.cls AS superior_cls,
     r.where AS where, r.start AS start, r.end AS end,
     (CASE WHEN size(r.jenjang) > 0 THEN 2 ELSE 0 END)
     + (CASE WHEN q.scope = 'regulation' THEN 0 ELSE 1 END) AS score,
     coalesce(r.delegated, false) AS delegated
OPTIONAL MATCH (t:Post {uid: post})
OPTIONAL MATCH (t)<-[:HOLDS]-(a:Employee)
WHERE a.uid <> e.uid
WITH e, position, position_title, superior_position, superior_title, superior_cls, where, start,
     end, score, delegated, collect(DISTINCT a.nip) AS holders
WITH e, collect({position: position, position_title: position_title,
                 superior_position: superior_position, superior_title: superior_title,
                 superior_cls: superior_cls, where: where, start: start, end: end,
                 score: score, delegated: delegated, holders: holders}) AS candidates
WITH e, candidates,
     reduce(best = -1, c IN candidates |
            CASE WHEN NOT c.delegated AND c.score > best THEN c.score ELSE best END) AS best
UNWIND candidates AS c
WITH e, c, best
WHERE c.delegated OR c.score = best
RETURN e.nip AS nip, e.nama AS nama, e.jabatan AS jabatan, e.jenjang AS jenjang,
       e.unit_name AS unit, c.position AS position, c.position_title AS position_title,
       c.superior_position AS superior_position, c.superior_title AS superior_title,
       c.superior_cls AS superior_cls, c.holders AS holders, c.score AS score,
       c.delegated AS delegated, (NOT c.delegated AND c.score = best) AS implied,
       c.where AS where, c.start AS start, c.end AS end
ORDER BY unit, nama, implied DESC, score DESC, superior_title
