// purpose: The what-if drafts of one regency ("" for all), with how many edits each holds.
// param regency_uid "kabupaten-buton" -- Regency uid (slug of its name), or "" for every regency
// returns: name, regulation, unit_type, author, created, note, edits
MATCH (d:Draft)
WHERE $regency_uid = '' OR d.regency_uid = $regency_uid
OPTIONAL MATCH (c:Correction {draft: d.name})
RETURN d.name AS name, d.regulation AS regulation, d.unit_type AS unit_type, d.author AS author,
       d.created AS created, d.note AS note, count(c) AS edits
ORDER BY created DESC, name
