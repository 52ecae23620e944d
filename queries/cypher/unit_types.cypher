// purpose: Unit types of one regency (the synthetic "Seluruh Perangkat Daerah" holds
// purpose: regulation-wide rules), with their regulation, counts of named units, positions and
// purpose: edges, and the title of the highest position (what tells look-alike names apart).
// param regency "Kabupaten Buton" -- Regency name
// returns: uid, id, name, where, regulation_uid, regulation, number, year, units, positions, edges, top
MATCH (g:Regency {name: $regency})-[:ENACTED]->(r:Regulation)-[:DEFINES]->(t:UnitType)
OPTIONAL MATCH (t)-[:HAS_POSITION]->(p:Position)
WITH r, t, p
ORDER BY p.rank, p.title
WITH r, t, collect(p) AS positions
RETURN t.uid AS uid, t.id AS id, t.name AS name, t.where AS where,
       r.uid AS regulation_uid, r.label AS regulation, r.number AS number, r.year AS year,
       size([(u:Unit)-[:OF_TYPE]->(t) | u]) AS units, size(positions) AS positions,
       size([(a)-[e]->(:Position) WHERE a IN positions | e]) AS edges,
       CASE size(positions) WHEN 0 THEN null ELSE positions[0].title END AS top
ORDER BY year, number, id
