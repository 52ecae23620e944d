// purpose: Provisions of the chosen regency's regulations that mention a word (cross-unit teams).
// param regency "Kabupaten Buton" -- regency name as on the Regency node
// param word "lintas" -- word to look for, lower case
// returns: regulation, where, provision
MATCH (:Regency {name: $regency})-[:ENACTED]->(r:Regulation)-[:HAS_PROVISION]->(p:Provision)
WHERE toLower(p.text) CONTAINS toLower($word)
RETURN r.label AS regulation, p.where AS where, p.text AS provision
ORDER BY regulation, p.start
