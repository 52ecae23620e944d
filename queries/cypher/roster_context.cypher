// purpose: What a roster of one regency is placed on: its governing regulation's unit types with
// their template positions (unit empty), and each named unit with its own positions.
// Governing as regency_regulation: chosen, else the newest full one, never an excerpt
// (kind $excerpt) while the issuer has a full regulation.
// param regency "Kabupaten Buton" -- Regency name
// param excerpt "Kutipan" -- Regulation.kind of an excerpt (loader.model.EXCERPT_KIND)
// returns: regulation, unit_type, unit_type_name, unit, unit_name, uid, title, template_title, key, cls, rank, scope
MATCH (g:Regency {name: $regency})-[:ENACTED]->(r:Regulation)
WITH r ORDER BY coalesce(r.governs, false) DESC, CASE WHEN r.kind = $excerpt THEN 1 ELSE 0 END,
     r.year DESC, r.number DESC LIMIT 1
MATCH (r)-[:DEFINES]->(t:UnitType)-[:HAS_POSITION]->(p:Position)
RETURN r.uid AS regulation, t.uid AS unit_type, t.name AS unit_type_name, null AS unit,
       null AS unit_name, p.uid AS uid, p.title AS title, p.title AS template_title, p.key AS key,
       p.cls AS cls, p.rank AS rank, p.scope AS scope
UNION ALL
MATCH (g:Regency {name: $regency})-[:ENACTED]->(r:Regulation)
WITH r ORDER BY coalesce(r.governs, false) DESC, CASE WHEN r.kind = $excerpt THEN 1 ELSE 0 END,
     r.year DESC, r.number DESC LIMIT 1
MATCH (r)-[:DEFINES]->(t:UnitType)<-[:OF_TYPE]-(u:Unit)-[:HAS_POSITION]->(p:Position)
RETURN r.uid AS regulation, t.uid AS unit_type, t.name AS unit_type_name, u.uid AS unit,
       u.name AS unit_name, p.uid AS uid, p.title AS title, p.template_title AS template_title,
       p.key AS key, p.cls AS cls, p.rank AS rank, p.scope AS scope
