// purpose: Which posts every employee of one regency holds: the holder (work unit or team) and
// purpose: the regulation position, one row per HOLDS (the people snapshot of checks/).
// param regency "Kabupaten Buton" -- Regency name
// returns: nip, holder, position, scope
MATCH (e:Employee {regency: $regency})-[:HOLDS]->(s:Post)
RETURN e.nip AS nip, s.work_unit AS holder, s.position AS position, s.scope AS scope
