// purpose: Positions of a regency whose title contains a text, case-insensitively
// purpose: (templates of unit types and positions in named units).
// param regency "Kabupaten Buton" -- Regency name
// param q "kepala" -- text to find in the title; "" lists all
// returns: uid, title, cls, rank, roles, unit_type, unit_type_name, unit_name, scope, regulation, number, year
MATCH (p:Position)
WHERE p.regency = $regency AND toLower(p.title) CONTAINS toLower($q)
MATCH (r:Regulation {uid: p.regulation})
RETURN p.uid AS uid, p.title AS title, p.cls AS cls, p.rank AS rank, p.roles AS roles,
       p.unit_type AS unit_type, p.unit_type_name AS unit_type_name, p.unit_name AS unit_name,
       p.scope AS scope, p.regulation AS regulation, r.number AS number, r.year AS year
ORDER BY rank, title
