// purpose: Source file and sha256 of every loaded regulation (load --if-changed, is_empty).
// returns: uid, source_file, sha256
MATCH (r:Regulation)
RETURN r.uid AS uid, r.source_file AS source_file, r.sha256 AS sha256
ORDER BY source_file
