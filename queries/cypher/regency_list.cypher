// purpose: Regencies loaded, with their province and how many regulations each has.
// returns: regency, province, regulations
MATCH (g:Regency)-[:ENACTED]->(r:Regulation)
RETURN g.name AS regency, g.province AS province, count(r) AS regulations
ORDER BY regency
