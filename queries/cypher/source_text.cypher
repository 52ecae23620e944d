// purpose: The text one regulation was read from (its Source node), for downloads and re-reading.
// param regulation "kabupaten-buton/peraturan-bupati-3-2024" -- Regulation uid
// returns: file, sha256, text
MATCH (:Regulation {uid: $regulation})-[:HAS_SOURCE]->(s:Source)
RETURN s.file AS file, s.sha256 AS sha256, s.text AS text
