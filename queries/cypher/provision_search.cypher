// purpose: Provisions of one regulation, in text order, optionally only body or Lampiran and only those containing a text (case-insensitive), with how many template edges cite each.
// param regulation "kabupaten-buton/peraturan-bupati-3-2024" -- Regulation uid
// param part "semua" -- 'semua', 'body' or 'lampiran'
// param q "penilaian kinerja" -- text to look for; '' lists every provision
// returns: uid, where, text, part, edges
MATCH (r:Regulation {uid: $regulation})
OPTIONAL MATCH (r)-[:DEFINES]->(:UnitType)-[:HAS_POSITION]->(:Position)-[e:SETS_PERFORMANCE|APPRAISES|ASSIGNS|COORDINATES|RECOMMENDS_APPRAISAL|REVIEWS_RESULTS_OF]->(:Position)
WITH r, collect(e.provision) AS cited
MATCH (r)-[:HAS_PROVISION]->(p:Provision)
WHERE ($part = 'semua' OR p.part = $part) AND ($q = '' OR toLower(p.text) CONTAINS toLower($q))
RETURN p.uid AS uid, p.where AS where, p.text AS text, p.part AS part,
       size([c IN cited WHERE c = p.uid]) AS edges
ORDER BY p.start
