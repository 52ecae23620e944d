// purpose: The Roster node of one regency: which files it came from and how many rows they gave.
// param regency "Kabupaten Buton" -- Regency name
// param roster {"uid": "kabupaten-buton/roster", "regency": "Kabupaten Buton"} -- Roster properties
// returns:
MATCH (g:Regency {name: $regency})
CREATE (g)-[:HAS_ROSTER]->(r:Roster)
SET r += $roster
