// purpose: Provisions of one regulation in text order, filtered by a text (case-insensitive;
// purpose: "" lists all), with how many edges each gave.
// param regulation "kabupaten-buton/peraturan-bupati-3-2024" -- Regulation uid
// param q "penilai" -- text to find in the provision, or ""
// returns: uid, where, part, line, start, end, text
MATCH (:Regulation {uid: $regulation})-[:HAS_PROVISION]->(p:Provision)
WHERE $q = '' OR toLower(p.text) CONTAINS toLower($q)
RETURN p.uid AS uid, p.where AS where, p.part AS part, p.line AS line, p.start AS start,
       p.end AS end, p.text AS text
ORDER BY start
