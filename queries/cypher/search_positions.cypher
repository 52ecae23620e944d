// purpose: Positions whose title contains a text, in every loaded regulation (unit-type and
// purpose: regulation-wide templates, not their copies in named units), one row per edge into
// purpose: each (who sets its targets, appraises it, assigns it work ...); none: one row, type null.
// param q "camat" -- text to find in the title, case-insensitively
// returns: regency, regulation, regulation_uid, unit_type, uid, title, type, superior, condition, where, quote, provision
MATCH (g:Regulation)-[:DEFINES]->(:UnitType)-[:HAS_POSITION]->(p:Position)
WHERE p.unit IS NULL AND toLower(p.title) CONTAINS toLower($q)
OPTIONAL MATCH (s:Position)-[r]->(p)
WHERE s.unit IS NULL
RETURN p.regency AS regency, g.label AS regulation, g.uid AS regulation_uid,
       p.unit_type_name AS unit_type, p.uid AS uid, p.title AS title, type(r) AS type,
       s.title AS superior, r.condition AS condition, r.where AS where, r.quote AS quote,
       r.provision AS provision
ORDER BY regency, unit_type, title, type, superior
