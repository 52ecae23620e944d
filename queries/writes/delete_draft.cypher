// purpose: Remove a what-if draft and every edit it holds.
// param name "Usulan 2025" -- Draft name
// returns:
MATCH (c:Correction {draft: $name})
DETACH DELETE c;
MATCH (d:Draft {name: $name})
DETACH DELETE d
