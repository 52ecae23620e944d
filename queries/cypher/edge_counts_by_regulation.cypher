// purpose: Edges per regulation and edge type, between template positions (named-unit copies not counted).
// returns: regulation, type, count
MATCH (r:Regulation)-[:DEFINES]->(:UnitType)-[:HAS_POSITION]->(:Position)-[e:SETS_PERFORMANCE|APPRAISES|ASSIGNS|COORDINATES|RECOMMENDS_APPRAISAL|REVIEWS_RESULTS_OF]->(:Position)
RETURN r.label AS regulation, type(e) AS type, count(e) AS count
ORDER BY regulation, type
