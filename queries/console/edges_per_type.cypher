// purpose: How many relations of each type the chosen regency's regulations give.
// param regency "Kabupaten Buton" -- regency name as on the Regency node
// returns: regulation, relation, count
MATCH (:Regency {name: $regency})-[:ENACTED]->(r:Regulation)
MATCH (:Position)-[e]->(:Position)
WHERE e.regulation = r.uid
RETURN r.label AS regulation, type(e) AS relation, count(*) AS count
ORDER BY regulation, relation
