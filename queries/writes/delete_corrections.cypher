// purpose: Remove corrections (and their links) by id; the extracted edges stay as they were.
// param ids ["c0ffee"] -- Correction ids
// returns:
MATCH (c:Correction)
WHERE c.id IN $ids
DETACH DELETE c
