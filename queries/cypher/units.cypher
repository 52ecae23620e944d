// purpose: Named units of one regency (Dinas Kesehatan, Kecamatan Katobu ...) with their unit type
// purpose: and regulation.
// param regency "Kabupaten Muna" -- Regency name
// returns: uid, name, unit_type, unit_type_name, regulation_uid
MATCH (g:Regency {name: $regency})-[:ENACTED]->(r:Regulation)-[:DEFINES]->(t:UnitType)
MATCH (u:Unit)-[:OF_TYPE]->(t)
RETURN u.uid AS uid, u.name AS name, t.uid AS unit_type, t.name AS unit_type_name,
       r.uid AS regulation_uid
ORDER BY unit_type_name, name
