// purpose: Edges read from one provision (unit-type templates; named-unit copies are not repeated).
// param provision "kabupaten-buton/peraturan-bupati-3-2024/prov/9737-9892" -- Provision uid
// returns: type, from_uid, from_title, to_uid, to_title, unit_type_name, condition, where, quote
MATCH (a:Position {regulation: split($provision, '/prov/')[0]})-[r]->(b:Position)
WHERE r.provision = $provision AND a.unit IS NULL
RETURN type(r) AS type, a.uid AS from_uid, a.title AS from_title, b.uid AS to_uid,
       b.title AS to_title, a.unit_type_name AS unit_type_name, r.condition AS condition,
       r.where AS where, r.quote AS quote
ORDER BY type, from_title, to_title
