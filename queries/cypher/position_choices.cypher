// purpose: Positions of one regency whose title contains a text (case-insensitive), in unit types and named units, for the chain page.
// param regency "Kabupaten Buton" -- regency name as on the Regency node
// param q "kepala seksi" -- text to look for in the title
// returns: uid, label
MATCH (p:Position {regency: $regency})
WHERE toLower(p.title) CONTAINS toLower($q)
RETURN p.uid AS uid, p.title + ' — ' + coalesce(p.unit_name, p.unit_type_name) AS label
ORDER BY p.scope DESC, label
LIMIT 200
