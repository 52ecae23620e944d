// purpose: Unit types of one regency (the synthetic "Seluruh Perangkat Daerah" holds
// purpose: regulation-wide rules), with counts of named units, positions and edges.
// param regency "Kabupaten Buton" -- Regency name
// returns: uid, id, name, where, units, positions, edges
MATCH (g:Regency {name: $regency})-[:ENACTED]->(:Regulation)-[:DEFINES]->(t:UnitType)
OPTIONAL MATCH (t)-[:HAS_POSITION]->(p:Position)
WITH t, collect(p) AS positions
RETURN t.uid AS uid, t.id AS id, t.name AS name, t.where AS where,
       size([(u:Unit)-[:OF_TYPE]->(t) | u]) AS units, size(positions) AS positions,
       size([(a)-[r]->(:Position) WHERE a IN positions | r]) AS edges
ORDER BY id
