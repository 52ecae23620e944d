// purpose: Issuing governments loaded (regencies, cities, provinces, ministries, agencies), with their province and how many regulations each has.
// returns: regency, issuer_kind, province, regulations
MATCH (g:Regency)-[:ENACTED]->(r:Regulation)
RETURN g.name AS regency, g.issuer_kind AS issuer_kind, g.province AS province,
       count(r) AS regulations
ORDER BY regency
