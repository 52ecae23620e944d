// purpose: Every employee of one regency's roster as plain values, one row each (the people
// purpose: snapshot of checks/: read once per roster and regulation, shared by the people pages).
// param regency "Kabupaten Buton" -- Regency name
// returns: nip, nama, jabatan, jenjang, cls, tier, work_unit, unit, recorded_appraiser, demo
MATCH (e:Employee {regency: $regency})
RETURN e.nip AS nip, e.nama AS nama, e.jabatan AS jabatan, e.jenjang AS jenjang, e.cls AS cls,
       e.tier AS tier, e.work_unit AS work_unit, e.unit_name AS unit,
       e.recorded_appraiser AS recorded_appraiser, e.demo AS demo
