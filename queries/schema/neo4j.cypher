// Constraints and indexes for Neo4j (5.x); IF NOT EXISTS makes them idempotent.
CREATE CONSTRAINT regency_uid IF NOT EXISTS FOR (n:Regency) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT regulation_uid IF NOT EXISTS FOR (n:Regulation) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT provision_uid IF NOT EXISTS FOR (n:Provision) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT unit_type_uid IF NOT EXISTS FOR (n:UnitType) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT unit_uid IF NOT EXISTS FOR (n:Unit) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT position_uid IF NOT EXISTS FOR (n:Position) REQUIRE n.uid IS UNIQUE;
CREATE INDEX regency_name IF NOT EXISTS FOR (n:Regency) ON (n.name);
CREATE INDEX provision_regulation IF NOT EXISTS FOR (n:Provision) ON (n.regulation);
CREATE INDEX unit_type_regulation IF NOT EXISTS FOR (n:UnitType) ON (n.regulation);
CREATE INDEX unit_regulation IF NOT EXISTS FOR (n:Unit) ON (n.regulation);
CREATE INDEX position_regulation IF NOT EXISTS FOR (n:Position) ON (n.regulation);
CREATE INDEX position_key IF NOT EXISTS FOR (n:Position) ON (n.key);
CREATE INDEX position_regency IF NOT EXISTS FOR (n:Position) ON (n.regency);
