// purpose: The text of chosen provisions by uid (the citations of a chain walked in Python).
// param uids ["kabupaten-buton/peraturan-bupati-3-2024/prov/0-0"] -- Provision uids
// returns: uid, text, where
MATCH (p:Provision)
WHERE p.uid IN $uids
RETURN p.uid AS uid, p.text AS text, p.where AS where
