<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CaseNumber</name>
    <message>
        <source>Unknown token {%1} in the number pattern.</source>
        <translation>Unknown token {%1} in the number pattern.</translation>
    </message>
    <message>
        <source>A number pattern needs the sequence {seq}.</source>
        <translation>A number pattern needs the sequence {seq}.</translation>
    </message>
    <message>
        <source>A number pattern needs the year {year}, since sequences restart each year.</source>
        <translation>A number pattern needs the year {year}, since sequences restart each year.</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>No number could be assigned: %1</source>
        <translation>No number could be assigned: %1</translation>
    </message>
    <message>
        <source>The person %1 could not be stored: %2</source>
        <translation>The person %1 could not be stored: %2</translation>
    </message>
    <message>
        <source>Unknown procedure profile %1.</source>
        <translation>Unknown procedure profile %1.</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>The file cannot be written: %1</translation>
    </message>
    <message>
        <source>The case could not be stored: %1</source>
        <translation>The case could not be stored: %1</translation>
    </message>
    <message>
        <source>The case could not be saved: %1</source>
        <translation>The case could not be saved: %1</translation>
    </message>
    <message>
        <source>The change log could not be written: %1</source>
        <translation>The change log could not be written: %1</translation>
    </message>
    <message>
        <source>The case no longer exists in the file.</source>
        <translation>The case no longer exists in the file.</translation>
    </message>
    <message>
        <source>The person %1 could not be removed: %2</source>
        <translation>The person %1 could not be removed: %2</translation>
    </message>
    <message>
        <source>The step could not be saved: %1</source>
        <translation>The step could not be saved: %1</translation>
    </message>
    <message>
        <source>The file %1 could not be attached: %2</source>
        <translation>The file %1 could not be attached: %2</translation>
    </message>
    <message>
        <source>The hearing could not be stored: %1</source>
        <translation>The hearing could not be stored: %1</translation>
    </message>
    <message>
        <source>The hearing could not be saved: %1</source>
        <translation>The hearing could not be saved: %1</translation>
    </message>
    <message>
        <source>The follow-up could not be stored: %1</source>
        <translation>The follow-up could not be stored: %1</translation>
    </message>
    <message>
        <source>A holiday needs a real date and a name.</source>
        <translation>A holiday needs a real date and a name.</translation>
    </message>
    <message>
        <source>The holiday could not be stored: %1</source>
        <translation>The holiday could not be stored: %1</translation>
    </message>
    <message>
        <source>There is no holiday on %1.</source>
        <translation>There is no holiday on %1.</translation>
    </message>
    <message>
        <source>The holiday could not be removed: %1</source>
        <translation>The holiday could not be removed: %1</translation>
    </message>
    <message>
        <source>The setting could not be stored: %1</source>
        <translation>The setting could not be stored: %1</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation><numerusform>%1 and %n more</numerusform><numerusform>%1 and %n more</numerusform></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Regency/City</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <source>Person reported</source>
        <translation>Person reported</translation>
    </message>
    <message>
        <source>Violation category</source>
        <translation>Violation category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
</context>
<context>
    <name>CaseValidator</name>
    <message>
        <source>Choose whether the case is a report, a finding or initial information.</source>
        <translation>Choose whether the case is a report, a finding or initial information.</translation>
    </message>
    <message>
        <source>Choose the election: Pilkada or Pemilu.</source>
        <translation>Choose the election: Pilkada or Pemilu.</translation>
    </message>
    <message>
        <source>The regency code %1 is not in the region list.</source>
        <translation>The regency code %1 is not in the region list.</translation>
    </message>
    <message>
        <source>The date received is missing.</source>
        <translation>The date received is missing.</translation>
    </message>
    <message>
        <source>A report needs the reporter's name.</source>
        <translation>A report needs the reporter's name.</translation>
    </message>
    <message>
        <source>Unknown violation category %1.</source>
        <translation>Unknown violation category %1.</translation>
    </message>
    <message>
        <source>date of the event</source>
        <translation>date of the event</translation>
    </message>
    <message>
        <source>date it became known</source>
        <translation>date it became known</translation>
    </message>
    <message>
        <source>date received</source>
        <translation>date received</translation>
    </message>
    <message>
        <source>date registered</source>
        <translation>date registered</translation>
    </message>
    <message>
        <source>date decided</source>
        <translation>date decided</translation>
    </message>
    <message>
        <source>The %1 (%2) is in the future.</source>
        <translation>The %1 (%2) is in the future.</translation>
    </message>
    <message>
        <source>The %1 cannot be before the %2.</source>
        <translation>The %1 cannot be before the %2.</translation>
    </message>
    <message>
        <source>Party %1 has an unknown role %2.</source>
        <translation>Party %1 has an unknown role %2.</translation>
    </message>
    <message>
        <source>Party %1 has no name.</source>
        <translation>Party %1 has no name.</translation>
    </message>
    <message>
        <source>%1: unknown position category %2.</source>
        <translation>%1: unknown position category %2.</translation>
    </message>
    <message>
        <source>%1: NIP %2 is not valid. %3</source>
        <translation>%1: NIP %2 is not valid. %3</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>create a data file of synthetic cases</source>
        <translation>create a data file of synthetic cases</translation>
    </message>
    <message>
        <source>check a data file's integrity and rules</source>
        <translation>check a data file's integrity and rules</translation>
    </message>
    <message>
        <source>counts and the follow-up rate, as JSON</source>
        <translation>counts and the follow-up rate, as JSON</translation>
    </message>
    <message>
        <source>cases with their deadlines, as JSON</source>
        <translation>cases with their deadlines, as JSON</translation>
    </message>
    <message>
        <source>list or edit the holiday calendar</source>
        <translation>list or edit the holiday calendar</translation>
    </message>
    <message>
        <source>Wrong number of arguments. See --help.</source>
        <translation>Wrong number of arguments. See --help.</translation>
    </message>
    <message>
        <source>Not a date (YYYY-MM-DD): %1</source>
        <translation>Not a date (YYYY-MM-DD): %1</translation>
    </message>
    <message>
        <source>Only the regency with this code (3311 or 33.11).</source>
        <translation>Only the regency with this code (3311 or 33.11).</translation>
    </message>
    <message>
        <source>Received on or after this date.</source>
        <translation>Received on or after this date.</translation>
    </message>
    <message>
        <source>Received on or before this date.</source>
        <translation>Received on or before this date.</translation>
    </message>
    <message>
        <source>pilkada or pemilu.</source>
        <translation>pilkada or pemilu.</translation>
    </message>
    <message>
        <source>Unknown regency code: %1</source>
        <translation>Unknown regency code: %1</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from is after --to.</translation>
    </message>
    <message>
        <source>Unknown election: %1 (pilkada or pemilu)</source>
        <translation>Unknown election: %1 (pilkada or pemilu)</translation>
    </message>
    <message>
        <source>The data file to create (must not exist).</source>
        <translation>The data file to create (must not exist).</translation>
    </message>
    <message>
        <source>How many cases (default 200).</source>
        <translation>How many cases (default 200).</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data (default 1).</source>
        <translation>Random seed; the same seed gives the same data (default 1).</translation>
    </message>
    <message>
        <source>Comma-separated regency codes (default 3311).</source>
        <translation>Comma-separated regency codes (default 3311).</translation>
    </message>
    <message>
        <source>The day the data ends on (default: today).</source>
        <translation>The day the data ends on (default: today).</translation>
    </message>
    <message>
        <source>No progress on standard error.</source>
        <translation>No progress on standard error.</translation>
    </message>
    <message>
        <source>Creates a data file filled with realistic synthetic cases.</source>
        <translation>Creates a data file filled with realistic synthetic cases.</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out FILE is required.</translation>
    </message>
    <message>
        <source>%1 exists already; the demo never writes into an existing file.</source>
        <translation>%1 exists already; the demo never writes into an existing file.</translation>
    </message>
    <message>
        <source>--cases takes a number from 0 to 10000000.</source>
        <translation>--cases takes a number from 0 to 10000000.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed takes a whole number.</translation>
    </message>
    <message>
        <source>--regencies takes regency codes such as 3311,3312.</source>
        <translation>--regencies takes regency codes such as 3311,3312.</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 of %2 cases</translation>
    </message>
    <message>
        <source>Checks a data file: schema version, SQLite integrity and the rules every case must hold. Exit 0 only when all hold.</source>
        <translation>Checks a data file: schema version, SQLite integrity and the rules every case must hold. Exit 0 only when all hold.</translation>
    </message>
    <message>
        <source>the data file</source>
        <translation>the data file</translation>
    </message>
    <message>
        <source>Print JSON (the only format).</source>
        <translation>Print JSON (the only format).</translation>
    </message>
    <message>
        <source>Counts cases by status, source, category, position, agency and regency, with recommendations, follow-ups and the follow-up rate.</source>
        <translation>Counts cases by status, source, category, position, agency and regency, with recommendations, follow-ups and the follow-up rate.</translation>
    </message>
    <message>
        <source>Only these statuses, comma-separated (diterima, diregistrasi, ...).</source>
        <translation>Only these statuses, comma-separated (diterima, diregistrasi, ...).</translation>
    </message>
    <message>
        <source>laporan, temuan or informasi_awal.</source>
        <translation>laporan, temuan or informasi_awal.</translation>
    </message>
    <message>
        <source>Violation category code.</source>
        <translation>Violation category code.</translation>
    </message>
    <message>
        <source>Position category code of a person reported.</source>
        <translation>Position category code of a person reported.</translation>
    </message>
    <message>
        <source>late, due_today or due_soon.</source>
        <translation>late, due_today or due_soon.</translation>
    </message>
    <message>
        <source>Text in the number, names, NIP, agency or description.</source>
        <translation>Text in the number, names, NIP, agency or description.</translation>
    </message>
    <message>
        <source>At most this many cases.</source>
        <translation>At most this many cases.</translation>
    </message>
    <message>
        <source>Measure deadlines against this day (default: today).</source>
        <translation>Measure deadlines against this day (default: today).</translation>
    </message>
    <message>
        <source>Lists cases with their computed deadlines and state.</source>
        <translation>Lists cases with their computed deadlines and state.</translation>
    </message>
    <message>
        <source>Unknown value for --%1: %2</source>
        <translation>Unknown value for --%1: %2</translation>
    </message>
    <message>
        <source>--limit takes a whole number.</source>
        <translation>--limit takes a whole number.</translation>
    </message>
    <message>
        <source>Add or change the day off on DATE (with --name).</source>
        <translation>Add or change the day off on DATE (with --name).</translation>
    </message>
    <message>
        <source>The name of the day off.</source>
        <translation>The name of the day off.</translation>
    </message>
    <message>
        <source>libur_nasional, cuti_bersama or hari_pemilihan.</source>
        <translation>libur_nasional, cuti_bersama or hari_pemilihan.</translation>
    </message>
    <message>
        <source>Remove the day off on DATE.</source>
        <translation>Remove the day off on DATE.</translation>
    </message>
    <message>
        <source>List only this year.</source>
        <translation>List only this year.</translation>
    </message>
    <message>
        <source>Lists and edits the office's holiday calendar (national holidays, joint leave, election days) used to count working days.</source>
        <translation>Lists and edits the office's holiday calendar (national holidays, joint leave, election days) used to count working days.</translation>
    </message>
    <message>
        <source>Usage: netra-cli COMMAND [options]; netra-cli COMMAND --help for its options.</source>
        <translation>Usage: netra-cli COMMAND [options]; netra-cli COMMAND --help for its options.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Set NETRA_LANG=en for English messages (Indonesian by default).</source>
        <translation>Set NETRA_LANG=en for English messages (Indonesian by default).</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Change a setting: KEY=VALUE (may be repeated). Keys: office_name, office_code, office_level, receipt_pattern, registration_pattern.</source>
        <translation>Change a setting: KEY=VALUE (may be repeated). Keys: office_name, office_code, office_level, receipt_pattern, registration_pattern.</translation>
    </message>
    <message>
        <source>Shows and changes the office's settings: its name and code, and the patterns of receipt and registration numbers.</source>
        <translation>Shows and changes the office's settings: its name and code, and the patterns of receipt and registration numbers.</translation>
    </message>
    <message>
        <source>Unknown setting: %1</source>
        <translation>Unknown setting: %1</translation>
    </message>
    <message>
        <source>show or change the office's settings</source>
        <translation>show or change the office's settings</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Initial information</source>
        <translation>Initial information</translation>
    </message>
    <message>
        <source>Pilkada (regional head election)</source>
        <translation>Pilkada (regional head election)</translation>
    </message>
    <message>
        <source>Pemilu (general election)</source>
        <translation>Pemilu (general election)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Clarification</source>
        <translation>Clarification</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Campaigning on social media</source>
        <translation>Campaigning on social media</translation>
    </message>
    <message>
        <source>Partisan activities</source>
        <translation>Partisan activities</translation>
    </message>
    <message>
        <source>Photo with a candidate or their hand sign</source>
        <translation>Photo with a candidate or their hand sign</translation>
    </message>
    <message>
        <source>Attending a declaration or campaign</source>
        <translation>Attending a declaration or campaign</translation>
    </message>
    <message>
        <source>Approaching a political party</source>
        <translation>Approaching a political party</translation>
    </message>
    <message>
        <source>Installing banners</source>
        <translation>Installing banners</translation>
    </message>
    <message>
        <source>Decisions favouring a candidate</source>
        <translation>Decisions favouring a candidate</translation>
    </message>
    <message>
        <source>Registering as a candidate</source>
        <translation>Registering as a candidate</translation>
    </message>
    <message>
        <source>Joining a campaign team</source>
        <translation>Joining a campaign team</translation>
    </message>
    <message>
        <source>Party membership</source>
        <translation>Party membership</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Senior executive (JPT)</source>
        <translation>Senior executive (JPT)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Supervisor (pengawas)</source>
        <translation>Supervisor (pengawas)</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>Functional</translation>
    </message>
    <message>
        <source>Staff (pelaksana)</source>
        <translation>Staff (pelaksana)</translation>
    </message>
    <message>
        <source>Area head (camat, lurah)</source>
        <translation>Area head (camat, lurah)</translation>
    </message>
    <message>
        <source>Contract civil servant (PPPK)</source>
        <translation>Contract civil servant (PPPK)</translation>
    </message>
    <message>
        <source>Honorary staff</source>
        <translation>Honorary staff</translation>
    </message>
    <message>
        <source>Village head</source>
        <translation>Village head</translation>
    </message>
    <message>
        <source>Village official</source>
        <translation>Village official</translation>
    </message>
    <message>
        <source>TNI/Polri</source>
        <translation>TNI/Polri</translation>
    </message>
    <message>
        <source>Moral sanction: closed statement</source>
        <translation>Moral sanction: closed statement</translation>
    </message>
    <message>
        <source>Moral sanction: open statement</source>
        <translation>Moral sanction: open statement</translation>
    </message>
    <message>
        <source>Light disciplinary penalty</source>
        <translation>Light disciplinary penalty</translation>
    </message>
    <message>
        <source>Moderate disciplinary penalty</source>
        <translation>Moderate disciplinary penalty</translation>
    </message>
    <message>
        <source>Severe disciplinary penalty</source>
        <translation>Severe disciplinary penalty</translation>
    </message>
    <message>
        <source>Dismissal not with honour (PTDH)</source>
        <translation>Dismissal not with honour (PTDH)</translation>
    </message>
    <message>
        <source>No sanction</source>
        <translation>No sanction</translation>
    </message>
    <message>
        <source>Person reported</source>
        <translation>Person reported</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file %1 is empty; it is not a Netra data file.</source>
        <translation>The file %1 is empty; it is not a Netra data file.</translation>
    </message>
    <message>
        <source>The file %1 is not a Netra data file.</source>
        <translation>The file %1 is not a Netra data file.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>The file %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The file %1 is damaged and cannot be read.</source>
        <translation>The file %1 is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database but not a Netra data file.</source>
        <translation>The file %1 is an SQLite database but not a Netra data file.</translation>
    </message>
    <message>
        <source>The file %1 was made by a newer version of Netra (data version %2; this program knows up to %3). Update Netra to open it.</source>
        <translation>The file %1 was made by a newer version of Netra (data version %2; this program knows up to %3). Update Netra to open it.</translation>
    </message>
    <message>
        <source>The file %1 is damaged (%2). Restore it from a backup.</source>
        <translation>The file %1 is damaged (%2). Restore it from a backup.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>The file %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The file %1 could not be brought to data version %2: %3</source>
        <translation>The file %1 could not be brought to data version %2: %3</translation>
    </message>
    <message>
        <source>The holiday calendar could not be stored: %1</source>
        <translation>The holiday calendar could not be stored: %1</translation>
    </message>
</context>
<context>
    <name>DeadlineStatus</name>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Met late</source>
        <translation>Met late</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The regency code %1 is not in the region list.</source>
        <translation>The regency code %1 is not in the region list.</translation>
    </message>
    <message>
        <source>The demo word lists are missing from the program's resources.</source>
        <translation>The demo word lists are missing from the program's resources.</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>The demo data could not be written: %1</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>Data version %1, expected %2.</source>
        <translation>Data version %1, expected %2.</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>SQLite integrity check: %1</translation>
    </message>
    <message>
        <source>Broken reference: %1</source>
        <translation>Broken reference: %1</translation>
    </message>
    <message>
        <source>The same NIP twice in one case: %1</source>
        <translation>The same NIP twice in one case: %1</translation>
    </message>
    <message>
        <source>A receipt number without its year's sequence: %1</source>
        <translation>A receipt number without its year's sequence: %1</translation>
    </message>
    <message>
        <source>A case without its creation in the change log: %1</source>
        <translation>A case without its creation in the change log: %1</translation>
    </message>
    <message>
        <source>The attachment %1 does not match its SHA-256.</source>
        <translation>The attachment %1 does not match its SHA-256.</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Case %1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Netra</source>
        <translation>About Netra</translation>
    </message>
    <message>
        <source>&lt;b&gt;Netra&lt;/b&gt; %1&lt;br&gt;The case desk for civil-servant neutrality cases of a Bawaslu regency or city office.</source>
        <translation>&lt;b&gt;Netra&lt;/b&gt; %1&lt;br&gt;The case desk for civil-servant neutrality cases of a Bawaslu regency or city office.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New data file...</source>
        <translation>&amp;New data file...</translation>
    </message>
    <message>
        <source>&amp;Open data file...</source>
        <translation>&amp;Open data file...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Netra</source>
        <translation>&amp;About Netra</translation>
    </message>
    <message>
        <source>Netra</source>
        <translation>Netra</translation>
    </message>
    <message>
        <source>No data file is open.</source>
        <translation>No data file is open.</translation>
    </message>
    <message>
        <source>%1 - Netra</source>
        <translation>%1 - Netra</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation><numerusform>%Ln case</numerusform><numerusform>%Ln cases</numerusform></translation>
    </message>
    <message>
        <source>Cannot open the data file</source>
        <translation>Cannot open the data file</translation>
    </message>
    <message>
        <source>Netra data files (*.netra)</source>
        <translation>Netra data files (*.netra)</translation>
    </message>
    <message>
        <source>New data file</source>
        <translation>New data file</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>Open data file</translation>
    </message>
</context>
<context>
    <name>Nik</name>
    <message>
        <source>An NIK has 16 digits.</source>
        <translation>An NIK has 16 digits.</translation>
    </message>
    <message>
        <source>Digits 7 to 12 of an NIK are not a birth date.</source>
        <translation>Digits 7 to 12 of an NIK are not a birth date.</translation>
    </message>
</context>
<context>
    <name>Nip</name>
    <message>
        <source>The NIP is empty.</source>
        <translation>The NIP is empty.</translation>
    </message>
    <message>
        <source>An NIP holds digits only.</source>
        <translation>An NIP holds digits only.</translation>
    </message>
    <message numerus="yes">
        <source>An NIP has 18 digits; this one has %n.</source>
        <translation><numerusform>An NIP has 18 digits; this one has %n.</numerusform><numerusform>An NIP has 18 digits; this one has %n.</numerusform></translation>
    </message>
    <message>
        <source>Digits 1 to 8 are not a real birth date.</source>
        <translation>Digits 1 to 8 are not a real birth date.</translation>
    </message>
    <message>
        <source>Digits 13 and 14 must be a month from 01 to 12.</source>
        <translation>Digits 13 and 14 must be a month from 01 to 12.</translation>
    </message>
    <message>
        <source>The start as a civil servant (digits 9 to 14) must be at least 18 years after the birth date.</source>
        <translation>The start as a civil servant (digits 9 to 14) must be at least 18 years after the birth date.</translation>
    </message>
    <message>
        <source>Digit 15 is the gender: 1 for male, 2 for female.</source>
        <translation>Digit 15 is the gender: 1 for male, 2 for female.</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>ProcedureProfile</name>
    <message>
        <source>Filing of the report</source>
        <translation>Filing of the report</translation>
    </message>
    <message>
        <source>Setting of the finding</source>
        <translation>Setting of the finding</translation>
    </message>
    <message>
        <source>Initial review</source>
        <translation>Initial review</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
</context>
<context>
    <name>StatusMachine</name>
    <message>
        <source>Only a received case can be registered or refused; this one is %1.</source>
        <translation>Only a received case can be registered or refused; this one is %1.</translation>
    </message>
    <message>
        <source>A case needs at least one person reported before it is registered.</source>
        <translation>A case needs at least one person reported before it is registered.</translation>
    </message>
    <message>
        <source>A report can be withdrawn only before registration; this case is %1.</source>
        <translation>A report can be withdrawn only before registration; this case is %1.</translation>
    </message>
    <message>
        <source>Only a report can be withdrawn.</source>
        <translation>Only a report can be withdrawn.</translation>
    </message>
    <message>
        <source>Clarification follows registration; this case is %1.</source>
        <translation>Clarification follows registration; this case is %1.</translation>
    </message>
    <message>
        <source>The analysis follows registration or clarification; this case is %1.</source>
        <translation>The analysis follows registration or clarification; this case is %1.</translation>
    </message>
    <message>
        <source>A decision follows the analysis; this case is %1.</source>
        <translation>A decision follows the analysis; this case is %1.</translation>
    </message>
    <message>
        <source>Only the deadline of a registered, undecided case can be extended.</source>
        <translation>Only the deadline of a registered, undecided case can be extended.</translation>
    </message>
    <message>
        <source>The decision deadline of this case was already extended.</source>
        <translation>The decision deadline of this case was already extended.</translation>
    </message>
    <message>
        <source>The date of the step is missing.</source>
        <translation>The date of the step is missing.</translation>
    </message>
    <message>
        <source>The date of the step cannot be in the future.</source>
        <translation>The date of the step cannot be in the future.</translation>
    </message>
    <message>
        <source>The date of the step cannot be before the case was received.</source>
        <translation>The date of the step cannot be before the case was received.</translation>
    </message>
    <message>
        <source>The date of the step cannot be before the registration.</source>
        <translation>The date of the step cannot be before the registration.</translation>
    </message>
    <message>
        <source>Registration needs a registration number.</source>
        <translation>Registration needs a registration number.</translation>
    </message>
    <message numerus="yes">
        <source>The case was filed after the %n-day window and cannot be registered.</source>
        <translation><numerusform>The case was filed after the %n-day window and cannot be registered.</numerusform><numerusform>The case was filed after the %n-day window and cannot be registered.</numerusform></translation>
    </message>
    <message>
        <source>This step needs a reason.</source>
        <translation>This step needs a reason.</translation>
    </message>
    <message>
        <source>Forwarding needs the number of the forwarding letter.</source>
        <translation>Forwarding needs the number of the forwarding letter.</translation>
    </message>
    <message>
        <source>Forwarding needs the authority the case goes to.</source>
        <translation>Forwarding needs the authority the case goes to.</translation>
    </message>
    <message>
        <source>An extension needs a reason.</source>
        <translation>An extension needs a reason.</translation>
    </message>
    <message>
        <source>An extension needs a number of days.</source>
        <translation>An extension needs a number of days.</translation>
    </message>
    <message numerus="yes">
        <source>This procedure allows an extension of at most %n days.</source>
        <translation><numerusform>This procedure allows an extension of at most %n day.</numerusform><numerusform>This procedure allows an extension of at most %n days.</numerusform></translation>
    </message>
    <message>
        <source>unknown status %1</source>
        <translation>unknown status %1</translation>
    </message>
    <message>
        <source>unknown source %1</source>
        <translation>unknown source %1</translation>
    </message>
    <message>
        <source>unknown election %1</source>
        <translation>unknown election %1</translation>
    </message>
    <message>
        <source>no date received</source>
        <translation>no date received</translation>
    </message>
    <message>
        <source>registered without a registration number or date</source>
        <translation>registered without a registration number or date</translation>
    </message>
    <message>
        <source>a registration number on a case that is not registered</source>
        <translation>a registration number on a case that is not registered</translation>
    </message>
    <message>
        <source>closed without a decision date</source>
        <translation>closed without a decision date</translation>
    </message>
    <message>
        <source>closed without a reason</source>
        <translation>closed without a reason</translation>
    </message>
    <message>
        <source>forwarded without an authority or letter number</source>
        <translation>forwarded without an authority or letter number</translation>
    </message>
    <message>
        <source>dates out of order</source>
        <translation>dates out of order</translation>
    </message>
    <message>
        <source>registered without a person reported</source>
        <translation>registered without a person reported</translation>
    </message>
</context>
</TS>