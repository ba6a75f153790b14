-- The statements `netra-cli stats FILE` runs on a whole file (no filter), as StatsRepository,
-- ActivityRepository and LeadRepository issue them: the anchor of the stats figure.
SELECT '', count(*) FROM cases c;
SELECT '', count(*) FROM parties p JOIN cases c ON c.id = p.case_id AND p.role = 'terlapor';
SELECT c.status AS k, count(*) AS n FROM cases c GROUP BY k ORDER BY n DESC, k;
SELECT c.source AS k, count(*) AS n FROM cases c GROUP BY k ORDER BY n DESC, k;
SELECT c.election AS k, count(*) AS n FROM cases c GROUP BY k ORDER BY n DESC, k;
SELECT c.violation_category AS k, count(*) AS n FROM cases c GROUP BY k ORDER BY n DESC, k;
SELECT p.position_category AS k, count(*) AS n FROM parties p JOIN cases c ON c.id = p.case_id AND p.role = 'terlapor' GROUP BY k ORDER BY n DESC, k;
SELECT p.agency AS k, count(*) AS n FROM parties p JOIN cases c ON c.id = p.case_id AND p.role = 'terlapor' GROUP BY k ORDER BY n DESC, k;
SELECT c.regency_code AS r, count(*), count(f.recommendation_date), count(*) FILTER (WHERE f.recommendation_date IS NOT NULL AND f.sanction_recommended NOT IN ('', 'tidak_ada')), count(*) FILTER (WHERE f.recommendation_date IS NOT NULL AND f.sanction_recommended NOT IN ('', 'tidak_ada') AND f.ppk_decision_date IS NOT NULL), count(*) FILTER (WHERE f.recommendation_date IS NOT NULL AND f.sanction_recommended NOT IN ('', 'tidak_ada') AND f.ppk_decision_date IS NOT NULL AND f.sanction_imposed = f.sanction_recommended) FROM parties p JOIN cases c ON c.id = p.case_id LEFT JOIN followups f ON f.party_id = p.id WHERE c.status = 'diteruskan' AND p.role = 'terlapor' GROUP BY r;
SELECT c.regency_code AS k, count(*) AS n FROM cases c GROUP BY k ORDER BY n DESC, k;
SELECT count(*), coalesce(sum(participants), 0) FROM activities;
SELECT kind, count(*) FROM activities GROUP BY kind;
SELECT count(*) FROM leads;
