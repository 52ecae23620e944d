// purpose: Labels, relationship types and property keys of the graph, for the Cypher console's sidebar.
// returns: kind, names
CALL db.labels() YIELD label
RETURN 'Label' AS kind, collect(label) AS names
UNION ALL
CALL db.relationshipTypes() YIELD relationshipType
RETURN 'Relasi' AS kind, collect(relationshipType) AS names
UNION ALL
CALL db.propertyKeys() YIELD propertyKey
RETURN 'Properti' AS kind, collect(propertyKey) AS names
