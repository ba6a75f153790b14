<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>CaseNumber</name>
    <message>
        <source>Unknown token {%1} in the number pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number pattern needs the sequence {seq}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number pattern needs the year {year}, since sequences restart each year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>No number could be assigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person %1 could not be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown procedure profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change log could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case no longer exists in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person %1 could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be attached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hearing could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hearing could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A holiday needs a real date and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no holiday on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regency/City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseValidator</name>
    <message>
        <source>Choose whether the case is a report, a finding or initial information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the election: Pilkada or Pemilu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regency code %1 is not in the region list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date received is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report needs the reporter&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown violation category %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date it became known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 (%2) is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 cannot be before the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party %1 has an unknown role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown position category %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: NIP %2 is not valid. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>create a data file of synthetic cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a data file&apos;s integrity and rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts and the follow-up rate, as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases with their deadlines, as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list or edit the holiday calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number of arguments. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date (YYYY-MM-DD): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the regency with this code (3311 or 33.11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on or after this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on or before this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pilkada or pemilu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown regency code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown election: %1 (pilkada or pemilu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file to create (must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cases (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated regency codes (default 3311).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the data ends on (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a data file filled with realistic synthetic cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; the demo never writes into an existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cases takes a number from 0 to 10000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--regencies takes regency codes such as 3311,3312.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a data file: schema version, SQLite integrity and the rules every case must hold. Exit 0 only when all hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (the only format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts cases by status, source, category, position, agency and regency, with recommendations, follow-ups and the follow-up rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these statuses, comma-separated (diterima, diregistrasi, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laporan, temuan or informasi_awal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation category code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position category code of a person reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late, due_today or due_soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in the number, names, NIP, agency or description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure deadlines against this day (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists cases with their computed deadlines and state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown value for --%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or change the day off on DATE (with --name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the day off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libur_nasional, cuti_bersama or hari_pemilihan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the day off on DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists and edits the office&apos;s holiday calendar (national holidays, joint leave, election days) used to count working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: netra-cli COMMAND [options]; netra-cli COMMAND --help for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set NETRA_LANG=en for English messages (Indonesian by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilkada (regional head election)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemilu (general election)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigning on social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partisan activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo with a candidate or their hand sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attending a declaration or campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approaching a political party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing banners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions favouring a candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering as a candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining a campaign team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior executive (JPT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor (pengawas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff (pelaksana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area head (camat, lurah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract civil servant (PPPK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honorary staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TNI/Polri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moral sanction: closed statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moral sanction: open statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light disciplinary penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate disciplinary penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe disciplinary penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissal not with honour (PTDH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty; it is not a Netra data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Netra data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database but not a Netra data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 was made by a newer version of Netra (data version %2; this program knows up to %3). Update Netra to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be brought to data version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday calendar could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineStatus</name>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The regency code %1 is not in the region list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo word lists are missing from the program&apos;s resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>Data version %1, expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same NIP twice in one case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receipt number without its year&apos;s sequence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case without its creation in the change log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment %1 does not match its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Netra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Netra&lt;/b&gt; %1&lt;br&gt;The case desk for civil-servant neutrality cases of a Bawaslu regency or city office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New data file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open data file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Netra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Netra</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netra data files (*.netra)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Nik</name>
    <message>
        <source>An NIK has 16 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 7 to 12 of an NIK are not a birth date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Nip</name>
    <message>
        <source>The NIP is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An NIP holds digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An NIP has 18 digits; this one has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Digits 1 to 8 are not a real birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 13 and 14 must be a month from 01 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start as a civil servant (digits 9 to 14) must be at least 18 years after the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit 15 is the gender: 1 for male, 2 for female.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureProfile</name>
    <message>
        <source>Filing of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting of the finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusMachine</name>
    <message>
        <source>Only a received case can be registered or refused; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case needs at least one person reported before it is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report can be withdrawn only before registration; this case is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a report can be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarification follows registration; this case is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis follows registration or clarification; this case is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision follows the analysis; this case is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the deadline of a registered, undecided case can be extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision deadline of this case was already extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the step is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the step cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the step cannot be before the case was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the step cannot be before the registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration needs a registration number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The case was filed after the %n-day window and cannot be registered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This step needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarding needs the number of the forwarding letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarding needs the authority the case goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension needs a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This procedure allows an extension of at most %n days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown election %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered without a registration number or date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a registration number on a case that is not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed without a decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed without a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarded without an authority or letter number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered without a person reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
