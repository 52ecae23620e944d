// purpose: The latest analyst writes (corrections, drafts, imports) of one regency ("" for all):
// purpose: who, when, the action and the edge (type, ends, provision) or draft it was about.
// param regency_uid "kabupaten-buton" -- Regency uid (slug of its name), or "" for every regency
// returns: at, who, action, type, source, target, where, draft, ref
MATCH (w:WriteLog)
WHERE $regency_uid = '' OR w.regency_uid = $regency_uid
RETURN w.at AS at, w.who AS who, w.action AS action, w.type AS type, w.source AS source,
       w.target AS target, w.where AS where, w.draft AS draft, w.ref AS ref
ORDER BY at DESC
LIMIT 500
