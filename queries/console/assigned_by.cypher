// purpose: Whom a position assigns work to in the chosen regency, drawn as a graph.
// param regency "Kabupaten Buton" -- regency name as on the Regency node
// param title "Camat" -- part of the assigning position's title
// returns: assigner, relation, assignee
MATCH (:Regency {name: $regency})-[:ENACTED]->(:Regulation)-[:DEFINES]->(t:UnitType)
MATCH (t)-[:HAS_POSITION]->(a:Position)-[e:ASSIGNS]->(b:Position)
WHERE toLower(a.title) CONTAINS toLower($title)
RETURN a AS assigner, e AS relation, b AS assignee
