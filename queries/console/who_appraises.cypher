// purpose: Who appraises a position in one unit type of the chosen regency, with the provision.
// param regency "Kabupaten Buton" -- regency name as on the Regency node
// param unit_type "Kecamatan" -- part of the unit type's name
// param title "Pejabat Fungsional" -- part of the appraised position's title
// returns: unit_type, appraiser, appraised, condition, where, quote
MATCH (:Regency {name: $regency})-[:ENACTED]->(:Regulation)-[:DEFINES]->(t:UnitType)
WHERE toLower(t.name) CONTAINS toLower($unit_type)
MATCH (t)-[:HAS_POSITION]->(b:Position)<-[e:APPRAISES]-(a:Position)
WHERE toLower(b.title) CONTAINS toLower($title)
RETURN t.name AS unit_type, a.title AS appraiser, b.title AS appraised,
       e.condition AS condition, e.where AS where, e.quote AS quote
