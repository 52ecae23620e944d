// purpose: Counts of edges per unit type and edge type for one regency (unit-type templates
// purpose: only; copies in named units are not counted again), with the type's position count.
// param regency "Kabupaten Buton" -- Regency name
// returns: unit_type, edge_type, edges, positions
MATCH (:Regency {name: $regency})-[:ENACTED]->(:Regulation)-[:DEFINES]->(t:UnitType)
WITH t, size([(t)-[:HAS_POSITION]->(p:Position) | p]) AS positions
MATCH (t)-[:HAS_POSITION]->(:Position)-[r]->(:Position)
WHERE type(r) <> 'INSTANCE_OF'
RETURN t.name AS unit_type, type(r) AS edge_type, count(r) AS edges, positions
ORDER BY unit_type, edge_type
