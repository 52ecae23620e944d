// purpose: Remove regulations' subgraphs (before writing them again), batched across a load's
// purpose: regulations; regencies left without any are removed at the end (delete_orphans).
// param regulations ["kabupaten-buton/peraturan-bupati-3-2024"] -- Regulation uids
// returns:
UNWIND $regulations AS uid
MATCH (n:Position {regulation: uid}) DETACH DELETE n;
UNWIND $regulations AS uid
MATCH (n:Unit {regulation: uid}) DETACH DELETE n;
UNWIND $regulations AS uid
MATCH (n:UnitType {regulation: uid}) DETACH DELETE n;
UNWIND $regulations AS uid
MATCH (n:Provision {regulation: uid}) DETACH DELETE n;
UNWIND $regulations AS uid
MATCH (:Regulation {uid: uid})-[:HAS_SOURCE]->(n:Source) DETACH DELETE n;
UNWIND $regulations AS uid
MATCH (n:Regulation {uid: uid}) DETACH DELETE n
