// purpose: Employees of one regency's roster whose name, NIP, title or unit contains a text,
// with their class, unit, unit type (and where the regulation speaks of it), appraiser on record
// and teams.
// param regency "Kabupaten Buton" -- Regency name
// param q "" -- text to find in name, NIP, title or unit; "" lists everyone
// returns: nip, nama, jabatan, jenjang, cls, tier, unit, unit_type_name, unit_type_where, recorded_appraiser, recorded_appraiser_nama, demo, teams, matched
MATCH (e:Employee {regency: $regency})-[:WORKS_IN]->(w:WorkUnit)
WHERE $q = '' OR toLower(e.nama) CONTAINS toLower($q) OR e.nip STARTS WITH $q
   OR toLower(e.jabatan) CONTAINS toLower($q) OR toLower(e.unit_name) CONTAINS toLower($q)
OPTIONAL MATCH (w)-[:OF_TYPE]->(t:UnitType)
OPTIONAL MATCH (a:Employee {regency: $regency, nip: e.recorded_appraiser})
RETURN e.nip AS nip, e.nama AS nama, e.jabatan AS jabatan, e.jenjang AS jenjang, e.cls AS cls,
       e.tier AS tier, e.unit_name AS unit, w.unit_type_name AS unit_type_name,
       t.where AS unit_type_where, e.recorded_appraiser AS recorded_appraiser,
       a.nama AS recorded_appraiser_nama, e.demo AS demo,
       [(e)-[:MEMBER_OF|LEADS]->(team:Team) | team.kode] AS teams,
       size([(e)-[h:HOLDS]->(s:Post) WHERE s.scope <> 'regulation' OR t.id = '_seluruh' | s]) > 0
         AS matched
ORDER BY unit, nama
