// purpose: Remove regencies no regulation is enacted by any more; run once at the end of a load,
// purpose: so a regency whose regulation is reloaded keeps its node. A regency that still has a
// purpose: roster is kept, so its HAS_ROSTER link outlives removing its regulation.
// returns:
MATCH (g:Regency)
OPTIONAL MATCH (g)-[:ENACTED]->(r:Regulation)
WITH g, count(r) AS regulations
WHERE regulations = 0
OPTIONAL MATCH (g)-[:HAS_ROSTER]->(ro:Roster)
WITH g, count(ro) AS rosters
WHERE rosters = 0
DELETE g
