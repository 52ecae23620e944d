// purpose: Named units of one regency (Dinas Kesehatan, Kecamatan Katobu ...) with their unit type.
// param regency "Kabupaten Muna" -- Regency name
// returns: uid, name, unit_type, unit_type_name
MATCH (g:Regency {name: $regency})-[:ENACTED]->(:Regulation)-[:DEFINES]->(t:UnitType)
MATCH (u:Unit)-[:OF_TYPE]->(t)
RETURN u.uid AS uid, u.name AS name, t.uid AS unit_type, t.name AS unit_type_name
ORDER BY unit_type_name, name
