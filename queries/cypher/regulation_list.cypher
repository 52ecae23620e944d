// purpose: Regulations loaded, newest first, with their counts of unit types and warnings.
// returns: uid, label, regency, issuer_kind, kind, year, number, title, enacted, source_file, unit_types, warnings
MATCH (g:Regency)-[:ENACTED]->(r:Regulation)
RETURN r.uid AS uid, r.label AS label, g.name AS regency, g.issuer_kind AS issuer_kind,
       r.kind AS kind, r.year AS year, r.number AS number,
       r.title AS title, r.enacted AS enacted, r.source_file AS source_file,
       size([(r)-[:DEFINES]->(t:UnitType) | t]) AS unit_types, r.warnings AS warnings
ORDER BY year DESC, regency
