// purpose: Remove one regulation's subgraph (before writing it again) and orphaned regencies;
// a regency that still has a roster is kept, so its HAS_ROSTER link outlives the reload.
// param regulation "kabupaten-buton/peraturan-bupati-3-2024" -- Regulation uid
// returns:
MATCH (n:Position {regulation: $regulation}) DETACH DELETE n;
MATCH (n:Unit {regulation: $regulation}) DETACH DELETE n;
MATCH (n:UnitType {regulation: $regulation}) DETACH DELETE n;
MATCH (n:Provision {regulation: $regulation}) DETACH DELETE n;
MATCH (:Regulation {uid: $regulation})-[:HAS_SOURCE]->(n:Source) DETACH DELETE n;
MATCH (n:Regulation {uid: $regulation}) DETACH DELETE n;
MATCH (g:Regency)
OPTIONAL MATCH (g)-[:ENACTED]->(r:Regulation)
WITH g, count(r) AS regulations
WHERE regulations = 0
OPTIONAL MATCH (g)-[:HAS_ROSTER]->(ro:Roster)
WITH g, count(ro) AS rosters
WHERE rosters = 0
DELETE g
