// purpose: Chains of appraisers above a position of the chosen regency, one readable row per
// purpose: chain (the position first, each appraiser after it) with the provisions cited.
// param regency "Kabupaten Buton" -- regency name as on the Regency node
// param title "Pelaksana" -- the position's title (any case)
// returns: unit_type, chain, provisions, path
MATCH path = (:Position)-[:APPRAISES*1..4]->(b:Position)
WHERE toLower(b.title) = toLower($title) AND b.regency = $regency
RETURN b.unit_type_name AS unit_type, reduce(s = b.title, n IN tail(reverse(nodes(path))) | s + ' ← ' + n.title) AS chain,
       reduce(s = '', e IN reverse(relationships(path)) | s + CASE s WHEN '' THEN '' ELSE '; ' END + e.where) AS provisions,
       path
ORDER BY unit_type, length(path) DESC, chain
LIMIT 25
