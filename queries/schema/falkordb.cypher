// Indexes for the embedded FalkorDB graph; applied when the graph is created.
// FalkorDB has no IF NOT EXISTS: the adapter runs these only on a new graph.
CREATE INDEX FOR (n:Regency) ON (n.uid);
CREATE INDEX FOR (n:Regency) ON (n.name);
CREATE INDEX FOR (n:Regulation) ON (n.uid);
CREATE INDEX FOR (n:Provision) ON (n.uid, n.regulation);
CREATE INDEX FOR (n:UnitType) ON (n.uid, n.regulation);
CREATE INDEX FOR (n:Unit) ON (n.uid, n.regulation);
CREATE INDEX FOR (n:Position) ON (n.uid, n.regulation, n.key, n.regency);
CREATE INDEX FOR (n:Roster) ON (n.regency);
CREATE INDEX FOR (n:WorkUnit) ON (n.uid, n.regency);
CREATE INDEX FOR (n:Post) ON (n.uid, n.regency);
CREATE INDEX FOR (n:Employee) ON (n.uid, n.regency, n.nip, n.work_unit);
CREATE INDEX FOR (n:Team) ON (n.uid, n.regency);
