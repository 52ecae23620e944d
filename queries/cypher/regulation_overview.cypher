// purpose: One line per loaded regulation: unit types, named units, positions and relations the
// purpose: regulation states (positions: templates of unit types; relations: between them) and
// purpose: their copies in named units, extraction warnings. The loader's report counts the same.
// returns: regency, regulation, regulation_uid, source_file, sha256, unit_types, named_units, positions, unit_positions, edges, edge_copies, warnings
MATCH (g:Regency)-[:ENACTED]->(r:Regulation)
OPTIONAL MATCH (r)-[:DEFINES]->(t:UnitType)
WITH g, r, count(t) AS unit_types
OPTIONAL MATCH (r)-[:DEFINES]->(:UnitType)<-[:OF_TYPE]-(u:Unit)
WITH g, r, unit_types, count(u) AS named_units
OPTIONAL MATCH (p:Position)
WHERE p.regulation = r.uid
WITH g, r, unit_types, named_units, count(p) AS all_positions,
     count(CASE p.scope WHEN 'unit' THEN 1 END) AS unit_positions
OPTIONAL MATCH (a:Position)-[e:SETS_PERFORMANCE|APPRAISES|ASSIGNS|COORDINATES|RECOMMENDS_APPRAISAL|REVIEWS_RESULTS_OF]->(:Position)
WHERE a.regulation = r.uid
RETURN g.name AS regency, r.label AS regulation, r.uid AS regulation_uid,
       r.source_file AS source_file, r.sha256 AS sha256, unit_types, named_units,
       all_positions - unit_positions AS positions, unit_positions,
       count(CASE WHEN e.unit IS NULL THEN e END) AS edges,
       count(e.unit) AS edge_copies, r.warnings AS warnings
ORDER BY regency
