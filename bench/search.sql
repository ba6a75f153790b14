-- What the register runs when "santoso" is typed in its search box: the count of the cases found
-- and their first page in the register's order (CaseRepository::count and ::page): the anchor of
-- a search keystroke.
SELECT count(*) FROM cases c WHERE c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH '"santoso"*');
SELECT c.id, CASE WHEN c.registration_number <> '' THEN c.registration_number ELSE c.receipt_number END AS number, c.received_date, c.regency_code, (SELECT p.name FROM parties p WHERE p.case_id = c.id AND p.role = 'terlapor' ORDER BY p.position LIMIT 1) AS reported, (SELECT count(*) FROM parties p WHERE p.case_id = c.id AND p.role = 'terlapor') AS reported_count, c.violation_category, c.status, c.next_deadline, c.next_due FROM cases c WHERE c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH '"santoso"*') ORDER BY c.received_date DESC, c.id DESC LIMIT 100 OFFSET 0;
