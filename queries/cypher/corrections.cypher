// purpose: Every correction and draft edit of one regency ("" for all), newest first.
// param regency_uid "kabupaten-buton" -- Regency uid (slug of its name), or "" for every regency
// returns: id, kind, regulation, sha256, type, source, target, unit_type, start, end, where, quote, condition, new_condition, reason, author, created, status, draft, delegated, provision
MATCH (c:Correction)
WHERE $regency_uid = '' OR c.regency_uid = $regency_uid
OPTIONAL MATCH (c)-[:CITES]->(pr:Provision)
RETURN c.id AS id, c.kind AS kind, c.regulation AS regulation, c.sha256 AS sha256,
       c.type AS type, c.source AS source, c.target AS target, c.unit_type AS unit_type,
       c.start AS start, c.end AS end, c.where AS where, c.quote AS quote,
       c.condition AS condition, c.new_condition AS new_condition, c.reason AS reason,
       c.author AS author, c.created AS created, c.status AS status, c.draft AS draft,
       c.delegated AS delegated, pr.uid AS provision
ORDER BY created DESC, id
