// purpose: Remove every node and relationship (Neo4j; the embedded store drops its graph key).
// returns:
MATCH (n) DETACH DELETE n
