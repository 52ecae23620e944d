// purpose: The unit types one regulation defines (the synthetic "_seluruh" holds its
// purpose: regulation-wide rules) and the named units of each: the first part of a structure
// purpose: snapshot (checks.snapshot.read_structure).
// param regulation "kabupaten-buton/peraturan-bupati-3-2024" -- Regulation uid
// returns: uid, id, name, where, units, unit_names
MATCH (:Regulation {uid: $regulation})-[:DEFINES]->(t:UnitType)
OPTIONAL MATCH (u:Unit)-[:OF_TYPE]->(t)
WITH t, u ORDER BY u.uid
RETURN t.uid AS uid, t.id AS id, t.name AS name, t.where AS where,
       collect(u.uid) AS units, collect(u.name) AS unit_names
ORDER BY uid
