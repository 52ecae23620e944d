// purpose: Labels, relationship types and property keys, for writing console queries.
// returns: kind, names
CALL db.labels() YIELD label
WITH collect(label) AS labels
CALL db.relationshipTypes() YIELD relationshipType
WITH labels, collect(relationshipType) AS types
CALL db.propertyKeys() YIELD propertyKey
WITH labels, types, collect(propertyKey) AS keys
UNWIND [['labels', labels], ['relationship types', types], ['property keys', keys]] AS row
RETURN row[0] AS kind, row[1] AS names
