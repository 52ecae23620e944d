// purpose: Compare two regencies' edges for the same kind of unit type (name contains $unit_type),
// purpose: positions matched by class; one row per (from class, edge type, to class).
// param regency_a "Kabupaten Buton" -- first Regency name
// param regency_b "Kabupaten Malang" -- second Regency name
// param unit_type "kecamatan" -- text in the unit type name, case-insensitive
// returns: from_cls, type, to_cls, in_a, in_b, pairs_a, pairs_b
MATCH (g:Regency)-[:ENACTED]->(:Regulation)-[:DEFINES]->(t:UnitType)-[:HAS_POSITION]->(a:Position)
WHERE g.name IN [$regency_a, $regency_b] AND toLower(t.name) CONTAINS toLower($unit_type)
MATCH (a)-[r]->(b:Position)
WHERE type(r) <> 'INSTANCE_OF'
WITH a.cls AS from_cls, type(r) AS type, b.cls AS to_cls,
     collect(CASE WHEN g.name = $regency_a THEN a.title + ' -> ' + b.title END) AS pairs_a,
     collect(CASE WHEN g.name = $regency_b THEN a.title + ' -> ' + b.title END) AS pairs_b
RETURN from_cls, type, to_cls, size(pairs_a) AS in_a, size(pairs_b) AS in_b, pairs_a, pairs_b
ORDER BY type, from_cls, to_cls
