// purpose: The cross-unit teams of one regency's roster as plain values: owner, lead and member
// purpose: NIPs (the people snapshot of checks/).
// param regency "Kabupaten Buton" -- Regency name
// returns: uid, kode, nama, periode, owner, owner_name, leader, members, source, row
MATCH (t:Team {regency: $regency})
RETURN t.uid AS uid, t.kode AS kode, t.nama AS nama, t.periode AS periode, t.owner AS owner,
       t.owner_name AS owner_name, t.leader AS leader, t.members AS members, t.source AS source,
       t.row AS row
ORDER BY kode
