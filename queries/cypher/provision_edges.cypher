// purpose: Template edges that cite one provision (named-unit copies left out), for Sumber Hukum.
// param provision "kabupaten-buton/peraturan-bupati-3-2024/prov/9737-9892" -- Provision uid
// returns: source_uid, source, source_class, target_uid, target, target_class, type, condition, where, quote, unit_type
MATCH (t:UnitType)-[:HAS_POSITION]->(a:Position)-[e:SETS_PERFORMANCE|APPRAISES|ASSIGNS|COORDINATES|RECOMMENDS_APPRAISAL|REVIEWS_RESULTS_OF {provision: $provision}]->(b:Position)
RETURN a.uid AS source_uid, a.title AS source, a.cls AS source_class,
       b.uid AS target_uid, b.title AS target, b.cls AS target_class,
       type(e) AS type, e.condition AS condition, e.where AS where, e.quote AS quote,
       t.name AS unit_type
ORDER BY unit_type, source, target
