// purpose: The regulation a regency's roster is placed on and checked against (as roster_context):
// purpose: the one the analyst chose (governs), else its newest full regulation, an excerpt
// purpose: (kind $excerpt) only when the issuer has nothing else; with the sha256 that keys
// purpose: the people snapshot cache.
// param regency "Kabupaten Buton" -- Regency name
// param excerpt "Kutipan" -- Regulation.kind of an excerpt (loader.model.EXCERPT_KIND)
// returns: uid, label, sha256, kind
MATCH (:Regency {name: $regency})-[:ENACTED]->(r:Regulation)
RETURN r.uid AS uid, r.label AS label, r.sha256 AS sha256, r.kind AS kind
ORDER BY coalesce(r.governs, false) DESC, CASE WHEN r.kind = $excerpt THEN 1 ELSE 0 END,
         r.year DESC, r.number DESC
LIMIT 1
