// purpose: Provisions of one regency's regulation whose text holds every one of some words
// (case-insensitive): the citation of a check the regulation states in prose.
// param regency "Kabupaten Buton" -- Regency name
// param terms ["ketua tim", "pemilik kinerja"] -- words that must all occur
// returns: where, text, regulation
MATCH (:Regency {name: $regency})-[:ENACTED]->(r:Regulation)-[:HAS_PROVISION]->(p:Provision)
WHERE size([term IN $terms WHERE toLower(p.text) CONTAINS toLower(term)]) = size($terms)
RETURN p.where AS where, p.text AS text, r.label AS regulation
ORDER BY p.start
