// purpose: What an org chart can show for one regency: each unit type, then each named unit with its type.
// param regency "Kabupaten Buton" -- regency name as on the Regency node
// returns: uid, label, type_name
MATCH (:Regency {name: $regency})-[:ENACTED]->(:Regulation)-[:DEFINES]->(t:UnitType)
RETURN t.uid AS uid, t.name AS label, t.name AS type_name
UNION ALL
MATCH (:Regency {name: $regency})-[:ENACTED]->(:Regulation)-[:DEFINES]->(t:UnitType)<-[:OF_TYPE]-(u:Unit)
RETURN u.uid AS uid, u.name + ' (' + t.name + ')' AS label, t.name AS type_name
