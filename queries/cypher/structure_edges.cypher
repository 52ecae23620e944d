// purpose: Every relation between the positions of one regulation, with its condition,
// purpose: delegation and citation: the third part of a structure snapshot (read once; the
// purpose: precedence and chain walks of checks/ run on it in Python).
// param regulation "kabupaten-buton/peraturan-bupati-3-2024" -- Regulation uid
// returns: type, source, target, condition, jenjang, delegated, where, quote, start, end, line, provision, unit_type
MATCH (a:Position {regulation: $regulation})-[r:SETS_PERFORMANCE|APPRAISES|ASSIGNS|COORDINATES|RECOMMENDS_APPRAISAL|REVIEWS_RESULTS_OF]->(b:Position)
RETURN type(r) AS type, a.uid AS source, b.uid AS target, r.condition AS condition,
       r.jenjang AS jenjang, coalesce(r.delegated, false) AS delegated, r.where AS where,
       r.quote AS quote, r.start AS start, r.end AS end, r.line AS line,
       r.provision AS provision, r.unit_type AS unit_type
