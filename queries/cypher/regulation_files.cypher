// purpose: Source file and sha256 of every loaded regulation (load --if-changed, is_empty);
// purpose: has_source is false for a graph written before regulations kept their text.
// returns: uid, source_file, sha256, has_source
MATCH (r:Regulation)
OPTIONAL MATCH (r)-[:HAS_SOURCE]->(s:Source)
RETURN r.uid AS uid, r.source_file AS source_file, r.sha256 AS sha256, s IS NOT NULL AS has_source
ORDER BY source_file
