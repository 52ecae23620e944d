// purpose: Work units, posts, employees, their posts, teams, leads, members and appraisers on
// record of one roster; relationships to regulation nodes come from relink_roster.
// param work_units [{"uid": "w-uid", "regency": "Kabupaten Buton"}] -- WorkUnit properties
// param posts [{"uid": "w-uid|pos-uid", "regency": "Kabupaten Buton"}] -- Post properties
// param employees [{"uid": "e-uid", "work_unit": "w-uid"}] -- Employee properties
// param holds [{"employee": "e-uid", "post": "w-uid|pos-uid", "how": "title"}] -- HOLDS rows
// param teams [{"uid": "t-uid", "owner": "w-uid"}] -- Team properties
// param leads [{"employee": "e-uid", "team": "t-uid"}] -- LEADS rows
// param members [{"employee": "e-uid", "team": "t-uid"}] -- MEMBER_OF rows
// param on_record [{"appraiser": "e-uid", "employee": "e-uid"}] -- APPRAISES_ON_RECORD rows
// returns:
UNWIND $work_units AS row
CREATE (w:WorkUnit)
SET w += row;
UNWIND $posts AS row
CREATE (s:Post)
SET s += row;
UNWIND $employees AS row
MATCH (w:WorkUnit {uid: row.work_unit})
CREATE (e:Employee)-[:WORKS_IN]->(w)
SET e += row;
UNWIND $holds AS row
MATCH (e:Employee {uid: row.employee}), (s:Post {uid: row.post})
CREATE (e)-[:HOLDS {how: row.how}]->(s);
UNWIND $teams AS row
MATCH (w:WorkUnit {uid: row.owner})
CREATE (t:Team)-[:OWNED_BY]->(w)
SET t += row;
UNWIND $leads AS row
MATCH (e:Employee {uid: row.employee}), (t:Team {uid: row.team})
CREATE (e)-[:LEADS]->(t);
UNWIND $members AS row
MATCH (e:Employee {uid: row.employee}), (t:Team {uid: row.team})
CREATE (e)-[:MEMBER_OF]->(t);
UNWIND $on_record AS row
MATCH (a:Employee {uid: row.appraiser}), (e:Employee {uid: row.employee})
CREATE (a)-[:APPRAISES_ON_RECORD]->(e)
