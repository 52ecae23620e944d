// purpose: Every position of one regulation (templates, instances in named units and the
// purpose: regulation-wide ones) as plain values: the second part of a structure snapshot.
// param regulation "kabupaten-buton/peraturan-bupati-3-2024" -- Regulation uid
// returns: uid, title, cls, rank, scope, unit_type, unit, jenjang, roles, template
MATCH (p:Position {regulation: $regulation})
RETURN p.uid AS uid, p.title AS title, p.cls AS cls, p.rank AS rank, p.scope AS scope,
       p.unit_type AS unit_type, p.unit AS unit, p.jenjang AS jenjang, p.roles AS roles,
       p.template AS template
ORDER BY uid
