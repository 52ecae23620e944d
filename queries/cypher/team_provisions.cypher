// purpose: Provisions of one regency's regulation that speak of cross-unit work teams (text mentions 'lintas' and 'tim').
// param regency "Kabupaten Buton" -- regency name as on the Regency node
// returns: regulation, where, text, uid
MATCH (:Regency {name: $regency})-[:ENACTED]->(r:Regulation)-[:HAS_PROVISION]->(p:Provision)
WHERE toLower(p.text) CONTAINS 'lintas' AND toLower(p.text) CONTAINS 'tim'
RETURN r.label AS regulation, p.where AS where, p.text AS text, p.uid AS uid
ORDER BY p.start
