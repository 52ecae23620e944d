// purpose: The quote of every edge of one regency's regulation, keyed by its offsets, so that
// per-person rows (people_superiors) carry only start/end instead of repeating the sentence.
// param regency "Kabupaten Buton" -- Regency name
// returns: start, end, quote
MATCH (a:Position {regency: $regency})-[r]->(:Position)
WHERE a.scope <> 'unit'
RETURN DISTINCT r.start AS start, r.end AS end, r.quote AS quote
