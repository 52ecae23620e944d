// purpose: Loaded regulations for the Sumber Hukum picker.
// returns: uid, label, source_file
MATCH (:Regency)-[:ENACTED]->(r:Regulation)
RETURN r.uid AS uid, r.label AS label, r.source_file AS source_file
ORDER BY label
