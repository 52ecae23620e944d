// purpose: Edges between the positions of one unit type or named unit, each with its citation, for the org chart.
// param unit "kabupaten-buton/peraturan-bupati-3-2024/ut/iv-dinas-badan-daerah" -- UnitType or Unit uid
// returns: source_uid, source, source_class, target_uid, target, target_class, type, condition, where, quote, provision_uid, regulation_uid
MATCH (:UnitType {uid: $unit})-[:HAS_POSITION]->(a:Position)-[e:SETS_PERFORMANCE|APPRAISES|ASSIGNS|COORDINATES|RECOMMENDS_APPRAISAL|REVIEWS_RESULTS_OF]->(b:Position)
RETURN a.uid AS source_uid, a.title AS source, a.cls AS source_class,
       b.uid AS target_uid, b.title AS target, b.cls AS target_class,
       type(e) AS type, e.condition AS condition, e.where AS where, e.quote AS quote,
       e.provision AS provision_uid, e.regulation AS regulation_uid
UNION ALL
MATCH (:Unit {uid: $unit})-[:HAS_POSITION]->(a:Position)-[e:SETS_PERFORMANCE|APPRAISES|ASSIGNS|COORDINATES|RECOMMENDS_APPRAISAL|REVIEWS_RESULTS_OF]->(b:Position)
RETURN a.uid AS source_uid, a.title AS source, a.cls AS source_class,
       b.uid AS target_uid, b.title AS target, b.cls AS target_class,
       type(e) AS type, e.condition AS condition, e.where AS where, e.quote AS quote,
       e.provision AS provision_uid, e.regulation AS regulation_uid
