// purpose: Cycles in the APPRAISES edges of one regency's regulation (a position that ends up
// appraising itself), each with the provisions of its edges.
// param regency "Kabupaten Buton" -- Regency name
// returns: position, unit_type_name, titles, wheres, quotes
MATCH path = (a:Position {regency: $regency})-[:APPRAISES*1..6]->(a)
WHERE a.scope <> 'unit'
RETURN a.title AS position, a.unit_type_name AS unit_type_name,
       [n IN nodes(path) | n.title] AS titles, [r IN relationships(path) | r.where] AS wheres,
       [r IN relationships(path) | r.quote] AS quotes
ORDER BY size(titles), position
LIMIT 200
