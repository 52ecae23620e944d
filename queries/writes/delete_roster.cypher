// purpose: Remove one regency's roster (employees, posts, work units, teams) before writing it again.
// param regency "Kabupaten Buton" -- Regency name
// returns:
MATCH (n:Employee {regency: $regency}) DETACH DELETE n;
MATCH (n:Post {regency: $regency}) DETACH DELETE n;
MATCH (n:Team {regency: $regency}) DETACH DELETE n;
MATCH (n:WorkUnit {regency: $regency}) DETACH DELETE n;
MATCH (n:Roster {regency: $regency}) DETACH DELETE n
