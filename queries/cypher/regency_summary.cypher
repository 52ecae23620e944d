// purpose: Counts of edges per unit type and edge type for one regency (unit-type templates
// purpose: only; copies in named units are not counted again).
// param regency "Kabupaten Buton" -- Regency name
// returns: unit_type, edge_type, edges, positions
MATCH (:Regency {name: $regency})-[:ENACTED]->(:Regulation)-[:DEFINES]->(t:UnitType)
MATCH (t)-[:HAS_POSITION]->(a:Position)-[r]->(:Position)
WHERE type(r) <> 'INSTANCE_OF'
RETURN t.name AS unit_type, type(r) AS edge_type, count(r) AS edges,
       size([(t)-[:HAS_POSITION]->(p:Position) | p]) AS positions
ORDER BY unit_type, edge_type
