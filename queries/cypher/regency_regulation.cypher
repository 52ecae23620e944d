// purpose: The regulation a regency's roster is placed on and checked against: its newest
// purpose: (as roster_context), with the sha256 that keys the people snapshot cache.
// param regency "Kabupaten Buton" -- Regency name
// returns: uid, label, sha256
MATCH (:Regency {name: $regency})-[:ENACTED]->(r:Regulation)
RETURN r.uid AS uid, r.label AS label, r.sha256 AS sha256
ORDER BY r.year DESC, r.number DESC
LIMIT 1
