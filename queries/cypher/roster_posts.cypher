// purpose: The holders of every post of one regency's roster, one row per post: post uids are
// purpose: "<holder>|<position>" (holder: work unit or team), split by the people snapshot. Long
// purpose: uids come once per post and holders as NIPs (a fifth of the reply per employee).
// param regency "Kabupaten Buton" -- Regency name
// returns: post, nips
MATCH (e:Employee {regency: $regency})-[:HOLDS]->(s:Post)
RETURN s.uid AS post, collect(e.nip) AS nips
