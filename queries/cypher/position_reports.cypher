// purpose: Who a position appraises, assigns, sets performance for ... (its outgoing edges of
// purpose: the chosen types), with the citation of each.
// param uid "kabupaten-buton/peraturan-bupati-3-2024/ut/_seluruh/pos/jabatan-pengawas" -- Position uid
// param types ["APPRAISES", "ASSIGNS", "SETS_PERFORMANCE"] -- edge types
// returns: type, uid, title, cls, condition, where, quote, provision
MATCH (:Position {uid: $uid})-[r]->(b:Position)
WHERE type(r) IN $types
RETURN type(r) AS type, b.uid AS uid, b.title AS title, b.cls AS cls, r.condition AS condition,
       r.where AS where, r.quote AS quote, r.provision AS provision
ORDER BY type, title
