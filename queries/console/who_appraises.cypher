// purpose: Every written rule on who appraises a position in one unit type of the chosen regency,
// purpose: beside the regulation-wide rules for the same title, most specific first (naming a
// purpose: jenjang, then the unit type's own, then regulation-wide). The rules as written: which
// purpose: one applies is decided on Rantai Akuntabilitas (checks.precedence).
// param regency "Kabupaten Buton" -- regency name as on the Regency node
// param unit_type "Dinas" -- part of the unit type's name
// param title "Fungsional" -- part of the appraised position's title
// returns: unit_type, appraiser, appraised, jenjang, where, quote
MATCH (:Regency {name: $regency})-[:ENACTED]->(:Regulation)-[:DEFINES]->(t:UnitType)
WHERE toLower(t.name) CONTAINS toLower($unit_type) OR t.id = '_seluruh'
MATCH (t)-[:HAS_POSITION]->(b:Position)<-[e:APPRAISES]-(a:Position)
WHERE toLower(b.title) CONTAINS toLower($title)
RETURN t.name AS unit_type, a.title AS appraiser, b.title AS appraised, e.jenjang AS jenjang,
       e.where AS where, e.quote AS quote
ORDER BY size(coalesce(e.jenjang, [])) = 0, t.id = '_seluruh', unit_type, appraiser
