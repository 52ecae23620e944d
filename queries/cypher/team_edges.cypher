// purpose: Team edges of one regency: recommendations for appraisal, coordination, and every edge from a position with the KETUA_TIM role (templates only).
// param regency "Kabupaten Buton" -- regency name as on the Regency node
// returns: source_uid, source, source_class, target_uid, target, target_class, type, condition, where, quote, regulation
MATCH (:Regency {name: $regency})-[:ENACTED]->(r:Regulation)-[:DEFINES]->(:UnitType)-[:HAS_POSITION]->(a:Position)-[e:SETS_PERFORMANCE|APPRAISES|ASSIGNS|COORDINATES|RECOMMENDS_APPRAISAL|REVIEWS_RESULTS_OF]->(b:Position)
WHERE type(e) IN ['RECOMMENDS_APPRAISAL', 'COORDINATES'] OR 'KETUA_TIM' IN a.roles
RETURN a.uid AS source_uid, a.title AS source, a.cls AS source_class,
       b.uid AS target_uid, b.title AS target, b.cls AS target_class,
       type(e) AS type, e.condition AS condition, e.where AS where, e.quote AS quote,
       r.label AS regulation
ORDER BY e.start
