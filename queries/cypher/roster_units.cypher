// purpose: The work units of one regency's roster with the unit type (and named unit) each
// purpose: falls under (the people snapshot of checks/).
// param regency "Kabupaten Buton" -- Regency name
// returns: uid, name, unit_type, unit_type_name, unit
MATCH (w:WorkUnit {regency: $regency})
RETURN w.uid AS uid, w.name AS name, w.unit_type AS unit_type,
       w.unit_type_name AS unit_type_name, w.unit AS unit
