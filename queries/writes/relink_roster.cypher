// purpose: Attach a regency's posts and work units to the regulation's positions, unit types and
// units by uid; run after a roster import and after every regulation load (which recreates them).
// param regency "Kabupaten Buton" -- Regency name
// returns:
MATCH (s:Post {regency: $regency})
MATCH (p:Position {uid: s.position})
MERGE (s)-[:OF_POSITION]->(p);
MATCH (w:WorkUnit {regency: $regency})
MATCH (t:UnitType {uid: w.unit_type})
MERGE (w)-[:OF_TYPE]->(t);
MATCH (w:WorkUnit {regency: $regency})
WHERE w.unit IS NOT NULL
MATCH (u:Unit {uid: w.unit})
MERGE (w)-[:SAME_AS]->(u)
