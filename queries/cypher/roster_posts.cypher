// purpose: The posts every employee of one regency holds, one row per employee: post uids are
// purpose: "<holder>|<position>" (holder: work unit or team), split by the people snapshot.
// param regency "Kabupaten Buton" -- Regency name
// returns: nip, posts
MATCH (e:Employee {regency: $regency})-[:HOLDS]->(s:Post)
RETURN e.nip AS nip, collect(s.uid) AS posts
