// purpose: Cross-unit teams of one regency with lead, owning unit and each member's home unit,
// appraiser on record and the regulation edge by which the lead recommends the member's appraisal.
// param regency "Kabupaten Buton" -- Regency name
// returns: kode, nama, periode, owner, lead_nip, lead_nama, lead_jabatan, lead_unit, member_nip, member_nama, member_jabatan, member_unit, recorded_appraiser, recommends_where, recommends_quote
MATCH (l:Employee)-[:LEADS]->(t:Team {regency: $regency})<-[:MEMBER_OF]-(m:Employee)
OPTIONAL MATCH (m)-[:HOLDS]->(:Post)-[:OF_POSITION]->(:Position)<-[r:RECOMMENDS_APPRAISAL]-
               (q:Position)<-[:OF_POSITION]-(lp:Post)<-[:HOLDS]-(l)
WHERE lp.uid = t.uid + '|' + q.uid
WITH t, l, m, collect(r)[0] AS r
RETURN t.kode AS kode, t.nama AS nama, t.periode AS periode, t.owner_name AS owner,
       l.nip AS lead_nip, l.nama AS lead_nama, l.jabatan AS lead_jabatan, l.unit_name AS lead_unit,
       m.nip AS member_nip, m.nama AS member_nama, m.jabatan AS member_jabatan,
       m.unit_name AS member_unit, m.recorded_appraiser AS recorded_appraiser,
       r.where AS recommends_where, r.quote AS recommends_quote
ORDER BY kode, member_unit, member_nama
