// purpose: One position by uid (an indexed point lookup; the bench's floor).
// param uid "kabupaten-buton/peraturan-bupati-3-2024/ut/_seluruh/pos/jabatan-pengawas" -- Position uid
// returns: uid, title, cls, roles, jenjang, unit_type_name, unit_name, regulation, template
MATCH (p:Position {uid: $uid})
RETURN p.uid AS uid, p.title AS title, p.cls AS cls, p.roles AS roles, p.jenjang AS jenjang,
       p.unit_type_name AS unit_type_name, p.unit_name AS unit_name, p.regulation AS regulation,
       p.template AS template
