// purpose: Attach regencies' posts and work units to the regulation's positions, unit types and
// purpose: units by uid; run after a roster import and once at the end of every regulation load
// purpose: (which recreates them). Each MATCH on the regency's own nodes comes first (WITH), so
// purpose: the cost follows the roster, not the size of the graph.
// param regencies ["Kabupaten Buton"] -- Regency names
// returns:
UNWIND $regencies AS regency
MATCH (s:Post {regency: regency})
WITH s
MATCH (p:Position {uid: s.position})
MERGE (s)-[:OF_POSITION]->(p);
UNWIND $regencies AS regency
MATCH (w:WorkUnit {regency: regency})
WITH w
MATCH (t:UnitType {uid: w.unit_type})
MERGE (w)-[:OF_TYPE]->(t);
UNWIND $regencies AS regency
MATCH (w:WorkUnit {regency: regency})
WITH w
WHERE w.unit IS NOT NULL
MATCH (u:Unit {uid: w.unit})
MERGE (w)-[:SAME_AS]->(u)
