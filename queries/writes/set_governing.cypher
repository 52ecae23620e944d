// purpose: The analyst's choice of the text that governs an issuer's people pages and roster
// purpose: (Unggah Peraturan): that regulation is marked, every other one of the issuer unmarked.
// purpose: Without a mark the newest full regulation governs, never an excerpt (Kutipan).
// param regency "Kabupaten Buton" -- Regency name
// param regulation "kabupaten-buton/peraturan-bupati-3-2024" -- uid of the chosen regulation
// returns:
MATCH (:Regency {name: $regency})-[:ENACTED]->(r:Regulation)
SET r.governs = (r.uid = $regulation)
