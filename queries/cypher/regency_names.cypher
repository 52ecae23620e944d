// purpose: Regencies that have a regulation loaded, for the dashboard's sidebar picker.
// returns: regency
MATCH (g:Regency)-[:ENACTED]->(:Regulation)
RETURN DISTINCT g.name AS regency
ORDER BY regency
