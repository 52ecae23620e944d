// purpose: One line per loaded regulation: unit types, named units, template positions and edges (named-unit copies not counted), extraction warnings.
// returns: regency, regulation, regulation_uid, source_file, sha256, unit_types, named_units, positions, edges, warnings
MATCH (g:Regency)-[:ENACTED]->(r:Regulation)
OPTIONAL MATCH (r)-[:DEFINES]->(t:UnitType)
WITH g, r, count(t) AS unit_types
OPTIONAL MATCH (r)-[:DEFINES]->(:UnitType)<-[:OF_TYPE]-(u:Unit)
WITH g, r, unit_types, count(u) AS named_units
OPTIONAL MATCH (r)-[:DEFINES]->(:UnitType)-[:HAS_POSITION]->(p:Position)
WITH g, r, unit_types, named_units, count(p) AS positions
OPTIONAL MATCH (r)-[:DEFINES]->(:UnitType)-[:HAS_POSITION]->(:Position)-[e:SETS_PERFORMANCE|APPRAISES|ASSIGNS|COORDINATES|RECOMMENDS_APPRAISAL|REVIEWS_RESULTS_OF]->(:Position)
RETURN g.name AS regency, r.label AS regulation, r.uid AS regulation_uid,
       r.source_file AS source_file, r.sha256 AS sha256, unit_types, named_units, positions,
       count(e) AS edges, r.warnings AS warnings
ORDER BY regency
