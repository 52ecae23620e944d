// purpose: Every edge on a path of relations leading into one position (its superiors, theirs, and so on), with the provision text, for the chain page.
// param uid "kabupaten-buton/peraturan-bupati-3-2024/ut/vii-kecamatan/pos/kepala-seksi" -- Position uid
// returns: source_uid, source, source_class, target_uid, target, target_class, type, condition, where, quote, provision_uid, provision_text, regulation, regulation_uid
MATCH path = (:Position)-[:SETS_PERFORMANCE|APPRAISES|ASSIGNS|COORDINATES|RECOMMENDS_APPRAISAL|REVIEWS_RESULTS_OF*1..6]->(:Position {uid: $uid})
UNWIND relationships(path) AS e
WITH DISTINCT e
WITH e, startNode(e) AS a, endNode(e) AS b
MATCH (r:Regulation {uid: e.regulation})
OPTIONAL MATCH (pr:Provision {uid: e.provision})
RETURN a.uid AS source_uid, a.title AS source, a.cls AS source_class,
       b.uid AS target_uid, b.title AS target, b.cls AS target_class,
       type(e) AS type, e.condition AS condition, e.where AS where, e.quote AS quote,
       e.provision AS provision_uid, pr.text AS provision_text,
       r.label AS regulation, r.uid AS regulation_uid
