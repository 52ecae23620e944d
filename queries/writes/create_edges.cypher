// purpose: Typed edges between positions, one statement per type, each fed its own rows.
// param SETS_PERFORMANCE [{"source": "pos-a", "target": "pos-b", "props": {"where": "Pasal 7"}}] -- SETS_PERFORMANCE rows
// param APPRAISES [{"source": "pos-a", "target": "pos-b", "props": {"where": "Pasal 7"}}] -- APPRAISES rows
// param ASSIGNS [{"source": "pos-a", "target": "pos-b", "props": {"where": "Pasal 7"}}] -- ASSIGNS rows
// param COORDINATES [{"source": "pos-a", "target": "pos-b", "props": {"where": "Pasal 7"}}] -- COORDINATES rows
// param RECOMMENDS_APPRAISAL [{"source": "pos-a", "target": "pos-b", "props": {"where": "Pasal 7"}}] -- RECOMMENDS_APPRAISAL rows
// param REVIEWS_RESULTS_OF [{"source": "pos-a", "target": "pos-b", "props": {"where": "Pasal 7"}}] -- REVIEWS_RESULTS_OF rows
// returns:
UNWIND $SETS_PERFORMANCE AS row
MATCH (a:Position {uid: row.source}), (b:Position {uid: row.target})
CREATE (a)-[e:SETS_PERFORMANCE]->(b)
SET e += row.props;
UNWIND $APPRAISES AS row
MATCH (a:Position {uid: row.source}), (b:Position {uid: row.target})
CREATE (a)-[e:APPRAISES]->(b)
SET e += row.props;
UNWIND $ASSIGNS AS row
MATCH (a:Position {uid: row.source}), (b:Position {uid: row.target})
CREATE (a)-[e:ASSIGNS]->(b)
SET e += row.props;
UNWIND $COORDINATES AS row
MATCH (a:Position {uid: row.source}), (b:Position {uid: row.target})
CREATE (a)-[e:COORDINATES]->(b)
SET e += row.props;
UNWIND $RECOMMENDS_APPRAISAL AS row
MATCH (a:Position {uid: row.source}), (b:Position {uid: row.target})
CREATE (a)-[e:RECOMMENDS_APPRAISAL]->(b)
SET e += row.props;
UNWIND $REVIEWS_RESULTS_OF AS row
MATCH (a:Position {uid: row.source}), (b:Position {uid: row.target})
CREATE (a)-[e:REVIEWS_RESULTS_OF]->(b)
SET e += row.props
