// purpose: Link one regulation's corrections to the Regulation, the positions at their ends and
// purpose: the provision they cite; run after saving them and after every load of the regulation
// purpose: (a reload recreates those nodes and so drops the old links, never the corrections).
// param regulation "kabupaten-buton/peraturan-bupati-3-2024" -- Regulation uid
// returns:
MATCH (c:Correction {regulation: $regulation})
MATCH (r:Regulation {uid: $regulation})
MERGE (c)-[:CORRECTS]->(r);
MATCH (c:Correction {regulation: $regulation})
MATCH (p:Position {uid: c.source_uid})
MERGE (c)-[:ABOUT {side: 'source'}]->(p);
MATCH (c:Correction {regulation: $regulation})
MATCH (p:Position {uid: c.target_uid})
MERGE (c)-[:ABOUT {side: 'target'}]->(p);
MATCH (c:Correction {regulation: $regulation})
WHERE c.status = 'active' AND c.start >= 0
MATCH (pr:Provision {regulation: $regulation})
WHERE pr.start <= c.start AND pr.end >= c.end
WITH c, min(pr.end - pr.start) AS size
MATCH (pr:Provision {regulation: $regulation})
WHERE pr.start <= c.start AND pr.end >= c.end AND pr.end - pr.start = size
MERGE (c)-[:CITES]->(pr)
