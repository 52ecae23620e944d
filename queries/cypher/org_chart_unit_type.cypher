// purpose: Org chart of one unit type: every position (level from its class) with its outgoing
// purpose: edges inside the unit type; a position without edges appears once with type null.
// param unit_type "kabupaten-buton/peraturan-bupati-3-2024/ut/i-sekretariat-daerah" -- UnitType uid
// returns: from_uid, from_title, from_cls, from_rank, roles, type, to_uid, to_title, where, condition, quote, provision, start, end, delegated
MATCH (t:UnitType {uid: $unit_type})-[:HAS_POSITION]->(a:Position)
OPTIONAL MATCH (a)-[r]->(b:Position)
WHERE b.unit_type = $unit_type AND b.unit IS NULL
RETURN a.uid AS from_uid, a.title AS from_title, a.cls AS from_cls, a.rank AS from_rank,
       a.roles AS roles, type(r) AS type, b.uid AS to_uid, b.title AS to_title,
       r.where AS where, r.condition AS condition, r.quote AS quote, r.provision AS provision,
       r.start AS start, r.end AS end, r.delegated AS delegated
ORDER BY from_rank, from_title, type, to_title
