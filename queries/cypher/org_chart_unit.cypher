// purpose: Org chart of one named unit (positions instantiated from its unit type), same
// purpose: columns as org_chart_unit_type.
// param unit "kabupaten-muna/peraturan-bupati-19-2024/ut/babiidangka2-alur-mekanisme-kerja-unit-organisasi-dengan-pejabat-level-i/unit/dinas-kesehatan" -- Unit uid
// returns: from_uid, from_title, from_cls, from_rank, roles, type, to_uid, to_title, where, condition, quote, provision, start, end, delegated
MATCH (u:Unit {uid: $unit})-[:HAS_POSITION]->(a:Position)
OPTIONAL MATCH (a)-[r]->(b:Position)
WHERE b.unit = $unit
RETURN a.uid AS from_uid, a.title AS from_title, a.cls AS from_cls, a.rank AS from_rank,
       a.roles AS roles, type(r) AS type, b.uid AS to_uid, b.title AS to_title,
       r.where AS where, r.condition AS condition, r.quote AS quote, r.provision AS provision,
       r.start AS start, r.end AS end, r.delegated AS delegated
ORDER BY from_rank, from_title, type, to_title
