// purpose: Provisions, unit types, units and positions of one regulation, each under its owner.
// param provisions [{"owner": "r-uid", "props": {"uid": "p-uid"}}] -- Provision rows (owner: Regulation uid)
// param unit_types [{"owner": "r-uid", "props": {"uid": "t-uid"}}] -- UnitType rows (owner: Regulation uid)
// param units [{"owner": "t-uid", "props": {"uid": "u-uid"}}] -- Unit rows (owner: UnitType uid)
// param templates [{"owner": "t-uid", "props": {"uid": "pos-uid"}}] -- Position rows (owner: UnitType uid)
// param instances [{"owner": "u-uid", "template": "pos-uid", "props": {"uid": "i-uid"}}] -- Position rows in a named Unit
// returns:
UNWIND $provisions AS row
MATCH (r:Regulation {uid: row.owner})
CREATE (r)-[:HAS_PROVISION]->(p:Provision)
SET p += row.props;
UNWIND $unit_types AS row
MATCH (r:Regulation {uid: row.owner})
CREATE (r)-[:DEFINES]->(t:UnitType)
SET t += row.props;
UNWIND $units AS row
MATCH (t:UnitType {uid: row.owner})
CREATE (u:Unit)-[:OF_TYPE]->(t)
SET u += row.props;
UNWIND $templates AS row
MATCH (t:UnitType {uid: row.owner})
CREATE (t)-[:HAS_POSITION]->(p:Position)
SET p += row.props;
UNWIND $instances AS row
MATCH (u:Unit {uid: row.owner}), (t:Position {uid: row.template})
CREATE (u)-[:HAS_POSITION]->(p:Position)-[:INSTANCE_OF]->(t)
SET p += row.props
