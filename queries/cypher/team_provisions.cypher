// purpose: Provisions of one regency's regulation on work teams: those naming a cross-unit team ('lintas' with 'tim'), a team lead or team members.
// param regency "Kabupaten Buton" -- regency name as on the Regency node
// returns: regulation, where, text, uid
MATCH (:Regency {name: $regency})-[:ENACTED]->(r:Regulation)-[:HAS_PROVISION]->(p:Provision)
WITH r, p, toLower(p.text) AS t
WHERE (t CONTAINS 'lintas' AND t CONTAINS 'tim') OR t CONTAINS 'ketua tim' OR t CONTAINS 'anggota tim'
RETURN r.label AS regulation, p.where AS where, p.text AS text, p.uid AS uid
ORDER BY p.start
