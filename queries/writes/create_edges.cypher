// purpose: Typed edges between positions; each row goes to the statement of its type.
// param edges [{"type": "APPRAISES", "source": "pos-a", "target": "pos-b", "props": {"where": "Pasal 7"}}] -- edge rows
// returns:
UNWIND $edges AS row
WITH row WHERE row.type = 'SETS_PERFORMANCE'
MATCH (a:Position {uid: row.source}), (b:Position {uid: row.target})
CREATE (a)-[e:SETS_PERFORMANCE]->(b)
SET e += row.props;
UNWIND $edges AS row
WITH row WHERE row.type = 'APPRAISES'
MATCH (a:Position {uid: row.source}), (b:Position {uid: row.target})
CREATE (a)-[e:APPRAISES]->(b)
SET e += row.props;
UNWIND $edges AS row
WITH row WHERE row.type = 'ASSIGNS'
MATCH (a:Position {uid: row.source}), (b:Position {uid: row.target})
CREATE (a)-[e:ASSIGNS]->(b)
SET e += row.props;
UNWIND $edges AS row
WITH row WHERE row.type = 'COORDINATES'
MATCH (a:Position {uid: row.source}), (b:Position {uid: row.target})
CREATE (a)-[e:COORDINATES]->(b)
SET e += row.props;
UNWIND $edges AS row
WITH row WHERE row.type = 'RECOMMENDS_APPRAISAL'
MATCH (a:Position {uid: row.source}), (b:Position {uid: row.target})
CREATE (a)-[e:RECOMMENDS_APPRAISAL]->(b)
SET e += row.props;
UNWIND $edges AS row
WITH row WHERE row.type = 'REVIEWS_RESULTS_OF'
MATCH (a:Position {uid: row.source}), (b:Position {uid: row.target})
CREATE (a)-[e:REVIEWS_RESULTS_OF]->(b)
SET e += row.props
