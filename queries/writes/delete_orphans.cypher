// purpose: Remove regencies no regulation is enacted by any more; run once at the end of a load,
// purpose: so a regency whose regulation is reloaded keeps its node (and its HAS_ROSTER link).
// returns:
MATCH (g:Regency)
OPTIONAL MATCH (g)-[:ENACTED]->(r:Regulation)
WITH g, count(r) AS regulations
WHERE regulations = 0
DETACH DELETE g
