// purpose: The latest analyst writes (corrections, drafts, imports) of one regency ("" for all).
// param regency_uid "kabupaten-buton" -- Regency uid (slug of its name), or "" for every regency
// returns: at, who, action, what, ref
MATCH (w:WriteLog)
WHERE $regency_uid = '' OR w.regency_uid = $regency_uid
RETURN w.at AS at, w.who AS who, w.action AS action, w.what AS what, w.ref AS ref
ORDER BY at DESC
LIMIT 500
