// purpose: Provisions whose text contains the words searched for, in every loaded regulation,
// purpose: in text order per regulation, with how many unit-type edges each gives.
// param q "penilaian kinerja" -- text to find in the provision, case-insensitively
// returns: regency, regulation, regulation_uid, uid, where, text, start, edges
MATCH (k:Regency)-[:ENACTED]->(g:Regulation)-[:HAS_PROVISION]->(p:Provision)
WHERE toLower(p.text) CONTAINS toLower($q)
OPTIONAL MATCH (a:Position {regulation: g.uid})-[e]->(:Position)
WHERE a.unit IS NULL AND e.provision = p.uid
RETURN k.name AS regency, g.label AS regulation, g.uid AS regulation_uid, p.uid AS uid,
       p.where AS where, p.text AS text, p.start AS start, count(e) AS edges
ORDER BY regency, regulation, start
