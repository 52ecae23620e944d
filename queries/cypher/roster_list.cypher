// purpose: Rosters imported, per regency: files, their hash, how many employees and teams, demo or not.
// returns: regency, files, sha256, employees, teams, demo, regulation
MATCH (g:Regency)-[:HAS_ROSTER]->(r:Roster)
RETURN g.name AS regency, r.files AS files, r.sha256 AS sha256, r.employees AS employees,
       r.teams AS teams, r.demo AS demo, r.regulation AS regulation
ORDER BY regency
