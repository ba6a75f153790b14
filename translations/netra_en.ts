<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Access</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>Manages the users, the office settings and the backups.</source>
        <translation>Manages the users, the office settings and the backups.</translation>
    </message>
    <message>
        <source>Decides cases (registers, forwards, stops), does all an officer does and may see a confidential reporter's identity.</source>
        <translation>Decides cases (registers, forwards, stops), does all an officer does and may see a confidential reporter's identity.</translation>
    </message>
    <message>
        <source>Handles cases, hearings, documents and follow-ups.</source>
        <translation>Handles cases, hearings, documents and follow-ups.</translation>
    </message>
    <message>
        <source>Keeps the hearings and minutes of the cases assigned to them.</source>
        <translation>Keeps the hearings and minutes of the cases assigned to them.</translation>
    </message>
    <message>
        <source>Reads cases and statistics, without confidential identities.</source>
        <translation>Reads cases and statistics, without confidential identities.</translation>
    </message>
    <message>
        <source>Only an administrator manages users; you are signed in as %1.</source>
        <translation>Only an administrator manages users; you are signed in as %1.</translation>
    </message>
    <message>
        <source>Only an administrator changes the settings; you are signed in as %1.</source>
        <translation>Only an administrator changes the settings; you are signed in as %1.</translation>
    </message>
    <message>
        <source>Only an administrator restores a backup; you are signed in as %1.</source>
        <translation>Only an administrator restores a backup; you are signed in as %1.</translation>
    </message>
    <message>
        <source>Only a coordinator registers, forwards or stops a case; you are signed in as %1.</source>
        <translation>Only a coordinator registers, forwards or stops a case; you are signed in as %1.</translation>
    </message>
    <message>
        <source>Only a coordinator may see a confidential reporter's identity; you are signed in as %1.</source>
        <translation>Only a coordinator may see a confidential reporter's identity; you are signed in as %1.</translation>
    </message>
    <message>
        <source>Only a coordinator brings in registers and packages; you are signed in as %1.</source>
        <translation>Only a coordinator brings in registers and packages; you are signed in as %1.</translation>
    </message>
    <message>
        <source>Your role (%1) may not change cases.</source>
        <translation>Your role (%1) may not change cases.</translation>
    </message>
    <message>
        <source>Your role (%1) may not change follow-ups.</source>
        <translation>Your role (%1) may not change follow-ups.</translation>
    </message>
    <message>
        <source>Your role (%1) may not assign clerks.</source>
        <translation>Your role (%1) may not assign clerks.</translation>
    </message>
    <message>
        <source>Your role (%1) may not export data.</source>
        <translation>Your role (%1) may not export data.</translation>
    </message>
    <message>
        <source>A clerk keeps the hearings of the cases assigned to them only; this case is not assigned to you.</source>
        <translation>A clerk keeps the hearings of the cases assigned to them only; this case is not assigned to you.</translation>
    </message>
    <message>
        <source>Your role (%1) may not change hearings or minutes.</source>
        <translation>Your role (%1) may not change hearings or minutes.</translation>
    </message>
    <message>
        <source>The file is open read-only; nothing can be changed.</source>
        <translation>The file is open read-only; nothing can be changed.</translation>
    </message>
    <message>
        <source>Only an administrator or a coordinator makes a backup on demand (a backup holds the whole file); you are signed in as %1.</source>
        <translation>Only an administrator or a coordinator makes a backup on demand (a backup holds the whole file); you are signed in as %1.</translation>
    </message>
    <message>
        <source>Your role (%1) may not change prevention activities.</source>
        <translation>Your role (%1) may not change prevention activities.</translation>
    </message>
    <message>
        <source>Your role (%1) may not record or trace supervision leads.</source>
        <translation>Your role (%1) may not record or trace supervision leads.</translation>
    </message>
    <message>
        <source>Only a coordinator closes a supervision lead or turns it into a finding; you are signed in as %1.</source>
        <translation>Only a coordinator closes a supervision lead or turns it into a finding; you are signed in as %1.</translation>
    </message>
    <message>
        <source>Only a coordinator looks up a person's track record; you are signed in as %1.</source>
        <translation>Only a coordinator looks up a person's track record; you are signed in as %1.</translation>
    </message>
</context>
<context>
    <name>ActivitiesWindow</name>
    <message>
        <source>Prevention activities</source>
        <translation>Prevention activities</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Theme or subject</source>
        <translation>Theme or subject</translation>
    </message>
    <message>
        <source>Place or addressee</source>
        <translation>Place or addressee</translation>
    </message>
    <message>
        <source>Regency or city</source>
        <translation>Regency or city</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Print appeal letter…</source>
        <translation>&amp;Print appeal letter…</translation>
    </message>
    <message>
        <source>&amp;Save letter as…</source>
        <translation>&amp;Save letter as…</translation>
    </message>
    <message>
        <source>&amp;Issue letter</source>
        <translation>&amp;Issue letter</translation>
    </message>
    <message>
        <source>Give the appeal letter its number from the letter book; until then it prints as a draft (KONSEP), without a number.</source>
        <translation>Give the appeal letter its number from the letter book; until then it prints as a draft (KONSEP), without a number.</translation>
    </message>
    <message>
        <source>Issue letter</source>
        <translation>Issue letter</translation>
    </message>
    <message>
        <source>Issue the appeal letter? It takes the next number of the letter book and today's date.</source>
        <translation>Issue the appeal letter? It takes the next number of the letter book and today's date.</translation>
    </message>
    <message>
        <source>The letter cannot be issued</source>
        <translation>The letter cannot be issued</translation>
    </message>
    <message>
        <source>Not issued</source>
        <translation>Not issued</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies)</source>
        <translation><numerusform>%Ln activity</numerusform><numerusform>%Ln activities</numerusform></translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation>Remove activity</translation>
    </message>
    <message>
        <source>Remove the activity "%1" with its files? It is deleted from the data file; the change log keeps what it held.</source>
        <translation>Remove the activity "%1" with its files? It is deleted from the data file; the change log keeps what it held.</translation>
    </message>
    <message>
        <source>The activity cannot be removed</source>
        <translation>The activity cannot be removed</translation>
    </message>
    <message>
        <source>Select an appeal letter first.</source>
        <translation>Select an appeal letter first.</translation>
    </message>
    <message>
        <source>The letter cannot be printed</source>
        <translation>The letter cannot be printed</translation>
    </message>
    <message>
        <source>Save appeal letter</source>
        <translation>Save appeal letter</translation>
    </message>
    <message>
        <source>PDF on A4 paper (*.pdf)</source>
        <translation>PDF on A4 paper (*.pdf)</translation>
    </message>
    <message>
        <source>PDF on F4 paper (*.pdf)</source>
        <translation>PDF on F4 paper (*.pdf)</translation>
    </message>
    <message>
        <source>Editable copy, OpenDocument text (*.odt)</source>
        <translation>Editable copy, OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>The letter cannot be saved</source>
        <translation>The letter cannot be saved</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>New prevention activity</source>
        <translation>New prevention activity</translation>
    </message>
    <message>
        <source>Prevention activity</source>
        <translation>Prevention activity</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Regency or city:</source>
        <translation>&amp;Regency or city:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>e.g. Bupati Sukoharjo</source>
        <translation>e.g. Bupati Sukoharjo</translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation>&amp;Addressee:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Held &amp;online, on:</source>
        <translation>Held &amp;online, on:</translation>
    </message>
    <message>
        <source>e.g. Zoom Meeting</source>
        <translation>e.g. Zoom Meeting</translation>
    </message>
    <message>
        <source>One agency a line</source>
        <translation>One agency a line</translation>
    </message>
    <message>
        <source>A&amp;gencies reached:</source>
        <translation>A&amp;gencies reached:</translation>
    </message>
    <message>
        <source>One position a line (Sekretaris Daerah, Kepala Dinas, …)</source>
        <translation>One position a line (Sekretaris Daerah, Kepala Dinas, …)</translation>
    </message>
    <message>
        <source>P&amp;ositions reached:</source>
        <translation>P&amp;ositions reached:</translation>
    </message>
    <message>
        <source>P&amp;articipants:</source>
        <translation>P&amp;articipants:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Attendance list and photos</source>
        <translation>Attendance list and photos</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>The activity cannot be saved</source>
        <translation>The activity cannot be saved</translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>The activity could not be saved: %1</source>
        <translation>The activity could not be saved: %1</translation>
    </message>
    <message>
        <source>The activity no longer exists in the file.</source>
        <translation>The activity no longer exists in the file.</translation>
    </message>
    <message>
        <source>The activity could not be removed: %1</source>
        <translation>The activity could not be removed: %1</translation>
    </message>
</context>
<context>
    <name>ActivityValidator</name>
    <message>
        <source>Choose the kind of activity.</source>
        <translation>Choose the kind of activity.</translation>
    </message>
    <message>
        <source>Give the date of the activity.</source>
        <translation>Give the date of the activity.</translation>
    </message>
    <message>
        <source>The date of the activity is more than a year ahead.</source>
        <translation>The date of the activity is more than a year ahead.</translation>
    </message>
    <message>
        <source>Choose the regency the activity reached.</source>
        <translation>Choose the regency the activity reached.</translation>
    </message>
    <message>
        <source>Give the subject of the appeal letter.</source>
        <translation>Give the subject of the appeal letter.</translation>
    </message>
    <message>
        <source>Give the theme of the activity.</source>
        <translation>Give the theme of the activity.</translation>
    </message>
    <message>
        <source>The number of participants must be between 0 and %1.</source>
        <translation>The number of participants must be between 0 and %1.</translation>
    </message>
    <message>
        <source>Choose to whom the appeal letter goes.</source>
        <translation>Choose to whom the appeal letter goes.</translation>
    </message>
    <message>
        <source>Give the addressee of the appeal letter.</source>
        <translation>Give the addressee of the appeal letter.</translation>
    </message>
    <message>
        <source>Give the platform of the online activity.</source>
        <translation>Give the platform of the online activity.</translation>
    </message>
    <message>
        <source>Give the place of the activity.</source>
        <translation>Give the place of the activity.</translation>
    </message>
</context>
<context>
    <name>AnalysisEditor</name>
    <message>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>What happened, as shown by the evidence and the clarification hearings</source>
        <translation>What happened, as shown by the evidence and the clarification hearings</translation>
    </message>
    <message>
        <source>Legal elements</source>
        <translation>Legal elements</translation>
    </message>
    <message>
        <source>Each element of the rule that was violated, and whether the facts meet it</source>
        <translation>Each element of the rule that was violated, and whether the facts meet it</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Whether the elements of a violation are met: forward the case or stop it</source>
        <translation>Whether the elements of a violation are met: forward the case or stop it</translation>
    </message>
</context>
<context>
    <name>AttachmentRepository</name>
    <message>
        <source>The case no longer exists in the file.</source>
        <translation>The case no longer exists in the file.</translation>
    </message>
    <message>
        <source>The file %1 could not be attached: %2</source>
        <translation>The file %1 could not be attached: %2</translation>
    </message>
    <message>
        <source>The attachment no longer exists in the file.</source>
        <translation>The attachment no longer exists in the file.</translation>
    </message>
    <message>
        <source>The attachment could not be removed: %1</source>
        <translation>The attachment could not be removed: %1</translation>
    </message>
    <message>
        <source>The activity no longer exists in the file.</source>
        <translation>The activity no longer exists in the file.</translation>
    </message>
    <message>
        <source>The lead no longer exists in the file.</source>
        <translation>The lead no longer exists in the file.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made.</source>
        <translation>The backup folder %1 cannot be made.</translation>
    </message>
    <message>
        <source>it cannot be written to the disk</source>
        <translation>it cannot be written to the disk</translation>
    </message>
    <message>
        <source>it cannot be renamed to %1</source>
        <translation>it cannot be renamed to %1</translation>
    </message>
    <message>
        <source>The backup of %1 could not be made: %2</source>
        <translation>The backup of %1 could not be made: %2</translation>
    </message>
    <message>
        <source>A data file cannot be restored from itself.</source>
        <translation>A data file cannot be restored from itself.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>The backup %1 cannot be restored: %2</translation>
    </message>
    <message>
        <source>The data file %1 is still open in another window or program (netra, netra-cli). Close it there and try again.</source>
        <translation>The data file %1 is still open in another window or program (netra, netra-cli). Close it there and try again.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be copied into %2.</source>
        <translation>The backup %1 cannot be copied into %2.</translation>
    </message>
    <message>
        <source>The current data file cannot be kept as %1.</source>
        <translation>The current data file cannot be kept as %1.</translation>
    </message>
    <message>
        <source>The backup cannot be put in the place of %1: %2</source>
        <translation>The backup cannot be put in the place of %1: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>The backup of %1 was cancelled; no backup was made.</source>
        <translation>The backup of %1 was cancelled; no backup was made.</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <source>This document is no letter of the letter book.</source>
        <translation>This document is no letter of the letter book.</translation>
    </message>
    <message>
        <source>The forwarding letter could not be made.</source>
        <translation>The forwarding letter could not be made.</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>&amp;Election:</translation>
    </message>
    <message>
        <source>Re&amp;gency/city:</source>
        <translation>Re&amp;gency/city:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Event &amp;happened on:</source>
        <translation>Event &amp;happened on:</translation>
    </message>
    <message>
        <source>Event &amp;known on:</source>
        <translation>Event &amp;known on:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Phone/e-mail:</source>
        <translation>&amp;Phone/e-mail:</translation>
    </message>
    <message>
        <source>Violation &amp;category:</source>
        <translation>Violation &amp;category:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;ption:</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Keep the reporter's identity &amp;confidential</source>
        <translation>Keep the reporter's identity &amp;confidential</translation>
    </message>
    <message>
        <source>A confidential reporter is hidden from lists, prints and exports for anyone not allowed to see it.</source>
        <translation>A confidential reporter is hidden from lists, prints and exports for anyone not allowed to see it.</translation>
    </message>
    <message>
        <source>where it happened, e.g. balai desa, a social media account</source>
        <translation>where it happened, e.g. balai desa, a social media account</translation>
    </message>
    <message>
        <source>What happened, as the reporter tells it</source>
        <translation>What happened, as the reporter tells it</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Receipt number: %1</source>
        <translation>Receipt number: %1</translation>
    </message>
    <message>
        <source>Registration number: %1</source>
        <translation>Registration number: %1</translation>
    </message>
    <message>
        <source>New case: the receipt number is given on saving.</source>
        <translation>New case: the receipt number is given on saving.</translation>
    </message>
    <message numerus="yes">
        <source>Received after the %n-working-day window, which ended on %1. The case can be recorded but not registered.</source>
        <translation><numerusform>Received after the %n-working-day window, which ended on %1. The case can be recorded but not registered.</numerusform><numerusform>Received after the %n-working-day window, which ended on %1. The case can be recorded but not registered.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Received after the %n-day window, which ended on %1. The case can be recorded but not registered.</source>
        <translation><numerusform>Received after the %n-day window, which ended on %1. The case can be recorded but not registered.</numerusform><numerusform>Received after the %n-day window, which ended on %1. The case can be recorded but not registered.</numerusform></translation>
    </message>
    <message>
        <source>The event cannot have become known before it happened.</source>
        <translation>The event cannot have become known before it happened.</translation>
    </message>
    <message>
        <source>Show the &amp;identity (the reveal is logged)</source>
        <translation>Show the &amp;identity (the reveal is logged)</translation>
    </message>
    <message>
        <source>confidential: hidden</source>
        <translation>confidential: hidden</translation>
    </message>
</context>
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
        <source>The case could not be stored: %1</source>
        <translation>The case could not be stored: %1</translation>
    </message>
    <message>
        <source>The case could not be saved: %1</source>
        <translation>The case could not be saved: %1</translation>
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
        <source>No number could be assigned: every number is taken.</source>
        <translation>No number could be assigned: every number is taken.</translation>
    </message>
    <message>
        <source>This case was changed at %1, after you opened it. Your edits were not saved.</source>
        <translation>This case was changed at %1, after you opened it. Your edits were not saved.</translation>
    </message>
    <message>
        <source>Netra</source>
        <translation>Netra</translation>
    </message>
    <message>
        <source>%1 changed this case at %2, after you opened it. Your edits were not saved.</source>
        <translation>%1 changed this case at %2, after you opened it. Your edits were not saved.</translation>
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
    <message>
        <source>%1: %2 (late)</source>
        <translation>%1: %2 (late)</translation>
    </message>
    <message>
        <source>%1: %2 (today)</source>
        <translation>%1: %2 (today)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (in %n day(s))</source>
        <translation><numerusform>%1: %2 (in %n day)</numerusform><numerusform>%1: %2 (in %n days)</numerusform></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <message>
        <source>A case holds at most %1 persons (reported, witnesses and experts); this one has %2.</source>
        <translation>A case holds at most %1 persons (reported, witnesses and experts); this one has %2.</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <source>edit</source>
        <translation>edit</translation>
    </message>
    <message>
        <source>A new case that was being typed when Netra stopped was recovered. Save it, or close the window to discard it.</source>
        <translation>A new case that was being typed when Netra stopped was recovered. Save it, or close the window to discard it.</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Analysis</translation>
    </message>
    <message>
        <source>&amp;Procedure</source>
        <translation>&amp;Procedure</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>E&amp;vidence</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>C&amp;ase</source>
        <translation>C&amp;ase</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Unsaved edits from %1 were recovered after Netra stopped. Save them, or undo (Ctrl+Z) to go back to the stored case.</source>
        <translation>Unsaved edits from %1 were recovered after Netra stopped. Save them, or undo (Ctrl+Z) to go back to the stored case.</translation>
    </message>
    <message>
        <source>The case was not saved</source>
        <translation>The case was not saved</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>New finding</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>New report</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Save the edits first (Ctrl+S).</source>
        <translation>Save the edits first (Ctrl+S).</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Unsaved edits</translation>
    </message>
    <message>
        <source>This case has edits that are not saved. Save them?</source>
        <translation>This case has edits that are not saved. Save them?</translation>
    </message>
    <message>
        <source>&amp;Hearings</source>
        <translation>&amp;Hearings</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>%1 (NIP %2) is also reported in %3, case %4.</source>
        <translation>%1 (NIP %2) is also reported in %3, case %4.</translation>
    </message>
    <message>
        <source>Shown in the case window</source>
        <translation>Shown in the case window</translation>
    </message>
    <message>
        <source>The identity cannot be shown</source>
        <translation>The identity cannot be shown</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the case (%1)</source>
        <translation>Save the case (%1)</translation>
    </message>
    <message>
        <source>Edits not saved yet</source>
        <translation>Edits not saved yet</translation>
    </message>
    <message>
        <source>All edits saved</source>
        <translation>All edits saved</translation>
    </message>
    <message>
        <source>Someone else saved this case</source>
        <translation>Someone else saved this case</translation>
    </message>
    <message>
        <source>Reload the case to see their changes: what you typed is put back on top of them, to check and save again. It is kept as a draft meanwhile.</source>
        <translation>Reload the case to see their changes: what you typed is put back on top of them, to check and save again. It is kept as a draft meanwhile.</translation>
    </message>
    <message>
        <source>Reload and keep my edits</source>
        <translation>Reload and keep my edits</translation>
    </message>
    <message>
        <source>The case was reloaded with the changes saved by others; your edits are put back on top. Check them and save, or undo (Ctrl+Z) to keep theirs.</source>
        <translation>The case was reloaded with the changes saved by others; your edits are put back on top. Check them and save, or undo (Ctrl+Z) to keep theirs.</translation>
    </message>
    <message>
        <source>Both of you changed: %1. Yours is shown.</source>
        <translation>Both of you changed: %1. Yours is shown.</translation>
    </message>
    <message>
        <source>The server is away, so these edits cannot be saved now. They are kept on this computer and offered again when you next open this case on the server.</source>
        <translation>The server is away, so these edits cannot be saved now. They are kept on this computer and offered again when you next open this case on the server.</translation>
    </message>
    <message>
        <source>Keep them and close</source>
        <translation>Keep them and close</translation>
    </message>
    <message>
        <source>&amp;Initial review</source>
        <translation>&amp;Initial review</translation>
    </message>
</context>
<context>
    <name>ChangeLogChain</name>
    <message>
        <source>case %1</source>
        <translation>case %1</translation>
    </message>
    <message>
        <source>case %1, no longer in the file</source>
        <translation>case %1, no longer in the file</translation>
    </message>
    <message>
        <source>no case</source>
        <translation>no case</translation>
    </message>
    <message>
        <source>entry %1 (%2, by %3, %4)</source>
        <translation>entry %1 (%2, by %3, %4)</translation>
    </message>
    <message>
        <source>The change log was altered: %1 was rewritten; entry %2 was chained to another entry in its place.</source>
        <translation>The change log was altered: %1 was rewritten; entry %2 was chained to another entry in its place.</translation>
    </message>
    <message>
        <source>The change log was altered: %1 no longer matches its hash.</source>
        <translation>The change log was altered: %1 no longer matches its hash.</translation>
    </message>
    <message>
        <source>The change log was reordered: %1 is out of place; in the chain it follows entry %2.</source>
        <translation>The change log was reordered: %1 is out of place; in the chain it follows entry %2.</translation>
    </message>
    <message>
        <source>An entry was slipped into the change log: %1 lies beyond the end of the log as Netra wrote it.</source>
        <translation>An entry was slipped into the change log: %1 lies beyond the end of the log as Netra wrote it.</translation>
    </message>
    <message>
        <source>An entry was slipped into the change log: %1 is not in the chain before entry %2.</source>
        <translation>An entry was slipped into the change log: %1 is not in the chain before entry %2.</translation>
    </message>
    <message>
        <source>The head of the change log (setting log_head) was removed or altered.</source>
        <translation>The head of the change log (setting log_head) was removed or altered.</translation>
    </message>
    <message>
        <source>Every entry of the change log was removed; entries written: %1.</source>
        <translation>Every entry of the change log was removed; entries written: %1.</translation>
    </message>
    <message>
        <source>The last entries of the change log were removed, from entry %1 on: the log ends with %2; entries written: %3, left: %4.</source>
        <translation>The last entries of the change log were removed, from entry %1 on: the log ends with %2; entries written: %3, left: %4.</translation>
    </message>
    <message>
        <source>The change log entry %1 was removed: the chain breaks before %2.</source>
        <translation>The change log entry %1 was removed: the chain breaks before %2.</translation>
    </message>
    <message>
        <source>A change log entry was removed: the chain breaks before %1.</source>
        <translation>A change log entry was removed: the chain breaks before %1.</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>No category</source>
        <translation>No category</translation>
    </message>
    <message>
        <source>Agency not given</source>
        <translation>Agency not given</translation>
    </message>
    <message>
        <source>Cases received</source>
        <translation>Cases received</translation>
    </message>
    <message>
        <source>Cases registered</source>
        <translation>Cases registered</translation>
    </message>
    <message>
        <source>Cases forwarded</source>
        <translation>Cases forwarded</translation>
    </message>
    <message>
        <source>Persons recommended for a sanction</source>
        <translation>Persons recommended for a sanction</translation>
    </message>
    <message>
        <source>Persons followed up by the PPK</source>
        <translation>Persons followed up by the PPK</translation>
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
    <message>
        <source>The case's receipt or registration number.</source>
        <translation>The case's receipt or registration number.</translation>
    </message>
    <message>
        <source>The document: %1.</source>
        <translation>The document: %1.</translation>
    </message>
    <message>
        <source>Every document the case has, one PDF each.</source>
        <translation>Every document the case has, one PDF each.</translation>
    </message>
    <message>
        <source>For invitations and minutes: only the N-th person (from 1).</source>
        <translation>For invitations and minutes: only the N-th person (from 1).</translation>
    </message>
    <message>
        <source>The PDF to write (for invitations and minutes, one per person: FILE-1.pdf, FILE-2.pdf, ...); with --all, the directory to write into.</source>
        <translation>The PDF to write (for invitations and minutes, one per person: FILE-1.pdf, FILE-2.pdf, ...); with --all, the directory to write into.</translation>
    </message>
    <message>
        <source>a4 or f4 (default a4).</source>
        <translation>a4 or f4 (default a4).</translation>
    </message>
    <message>
        <source>id or en: the language of the summary (default id).</source>
        <translation>id or en: the language of the summary (default id).</translation>
    </message>
    <message>
        <source>Show a confidential reporter's identity on the documents kept by the office (report form, minutes, analysis, summary). Never on letters that go out.</source>
        <translation>Show a confidential reporter's identity on the documents kept by the office (report form, minutes, analysis, summary). Never on letters that go out.</translation>
    </message>
    <message>
        <source>Prints the documents of a case to PDF: forms, letters, minutes, the analysis and a summary.</source>
        <translation>Prints the documents of a case to PDF: forms, letters, minutes, the analysis and a summary.</translation>
    </message>
    <message>
        <source>--case NUMBER and --out are required.</source>
        <translation>--case NUMBER and --out are required.</translation>
    </message>
    <message>
        <source>Give either --document NAME or --all.</source>
        <translation>Give either --document NAME or --all.</translation>
    </message>
    <message>
        <source>Unknown document: %1 (one of %2)</source>
        <translation>Unknown document: %1 (one of %2)</translation>
    </message>
    <message>
        <source>--person takes a number from 1, with --document invitation, invitation2 or minutes.</source>
        <translation>--person takes a number from 1, with --document invitation, invitation2 or minutes.</translation>
    </message>
    <message>
        <source>%1 is a file; with --all, --out is a directory.</source>
        <translation>%1 is a file; with --all, --out is a directory.</translation>
    </message>
    <message>
        <source>%1 is a directory; --out must name the PDF to write.</source>
        <translation>%1 is a directory; --out must name the PDF to write.</translation>
    </message>
    <message>
        <source>No case with the number %1 in this file.</source>
        <translation>No case with the number %1 in this file.</translation>
    </message>
    <message>
        <source>The directory %1 cannot be made.</source>
        <translation>The directory %1 cannot be made.</translation>
    </message>
    <message>
        <source>The case %1 has no document %2 at its stage (%3).</source>
        <translation>The case %1 has no document %2 at its stage (%3).</translation>
    </message>
    <message numerus="yes">
        <source>The case %1 has %n person(s) for this document.</source>
        <translation><numerusform>The case %1 has %n person for this document.</numerusform><numerusform>The case %1 has %n persons for this document.</numerusform></translation>
    </message>
    <message>
        <source>Check the register and report what would be added; write nothing.</source>
        <translation>Check the register and report what would be added; write nothing.</translation>
    </message>
    <message>
        <source>Brings the cases of a CSV register into a data file, all in one transaction. Rows with an error are reported and left out with the rest of their case; cases already in the file are skipped. Exit 0 when the register could be read, even with refused rows.</source>
        <translation>Brings the cases of a CSV register into a data file, all in one transaction. Rows with an error are reported and left out with the rest of their case; cases already in the file are skipped. Exit 0 when the register could be read, even with refused rows.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>The CSV file to write.</translation>
    </message>
    <message>
        <source>Write the names of confidential reporters (only for those allowed to see them).</source>
        <translation>Write the names of confidential reporters (only for those allowed to see them).</translation>
    </message>
    <message>
        <source>Writes the cases of a data file as a CSV register, one row per person reported. Confidential reporters are written as [dirahasiakan].</source>
        <translation>Writes the cases of a data file as a CSV register, one row per person reported. Confidential reporters are written as [dirahasiakan].</translation>
    </message>
    <message>
        <source>The package %1 was refused: %2</source>
        <translation>The package %1 was refused: %2</translation>
    </message>
    <message>
        <source>The package to write (.netrapkg).</source>
        <translation>The package to write (.netrapkg).</translation>
    </message>
    <message>
        <source>Include the attachments (evidence files).</source>
        <translation>Include the attachments (evidence files).</translation>
    </message>
    <message>
        <source>Include a confidential reporter's identity (only for those allowed to see it); otherwise it is replaced by [dirahasiakan].</source>
        <translation>Include a confidential reporter's identity (only for those allowed to see it); otherwise it is replaced by [dirahasiakan].</translation>
    </message>
    <message>
        <source>Exports cases, with everything that belongs to them, as a package for another office or level.</source>
        <translation>Exports cases, with everything that belongs to them, as a package for another office or level.</translation>
    </message>
    <message>
        <source>--out PACKAGE is required.</source>
        <translation>--out PACKAGE is required.</translation>
    </message>
    <message>
        <source>Only show what would be added, updated and in conflict; write nothing.</source>
        <translation>Only show what would be added, updated and in conflict; write nothing.</translation>
    </message>
    <message>
        <source>Settle every record changed on both sides: keep-mine or take-theirs (by default they are listed and not written).</source>
        <translation>Settle every record changed on both sides: keep-mine or take-theirs (by default they are listed and not written).</translation>
    </message>
    <message>
        <source>Merges a package into a data file by record UUID, in one transaction.</source>
        <translation>Merges a package into a data file by record UUID, in one transaction.</translation>
    </message>
    <message>
        <source>The package was refused: %1</source>
        <translation>The package was refused: %1</translation>
    </message>
    <message>
        <source>bring in the cases of a CSV register</source>
        <translation>bring in the cases of a CSV register</translation>
    </message>
    <message>
        <source>write the cases as a CSV register</source>
        <translation>write the cases as a CSV register</translation>
    </message>
    <message>
        <source>export cases as a package for another office</source>
        <translation>export cases as a package for another office</translation>
    </message>
    <message>
        <source>merge a package into a data file</source>
        <translation>merge a package into a data file</translation>
    </message>
    <message>
        <source>No password: set %1 or run netra-cli in a terminal.</source>
        <translation>No password: set %1 or run netra-cli in a terminal.</translation>
    </message>
    <message>
        <source>%1 has no users yet. Create its administrator first: netra-cli users %1 --add LOGIN --name "FULL NAME" --role administrator</source>
        <translation>%1 has no users yet. Create its administrator first: netra-cli users %1 --add LOGIN --name "FULL NAME" --role administrator</translation>
    </message>
    <message>
        <source>Sign in with --user LOGIN (or NETRA_USER); the password is read from NETRA_PASSWORD or asked for.</source>
        <translation>Sign in with --user LOGIN (or NETRA_USER); the password is read from NETRA_PASSWORD or asked for.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>netra-cli print %1</source>
        <translation>netra-cli print %1</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <source>The new password again: </source>
        <translation>The new password again: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Add the user LOGIN (with --name and --role); the password is read from NETRA_NEW_PASSWORD or asked for. The first user of a file is its administrator and needs no sign-in.</source>
        <translation>Add the user LOGIN (with --name and --role); the password is read from NETRA_NEW_PASSWORD or asked for. The first user of a file is its administrator and needs no sign-in.</translation>
    </message>
    <message>
        <source>Change the user LOGIN: --name, --role, --active.</source>
        <translation>Change the user LOGIN: --name, --role, --active.</translation>
    </message>
    <message>
        <source>Set a new password for LOGIN (from NETRA_NEW_PASSWORD or asked for).</source>
        <translation>Set a new password for LOGIN (from NETRA_NEW_PASSWORD or asked for).</translation>
    </message>
    <message>
        <source>The user's full name.</source>
        <translation>The user's full name.</translation>
    </message>
    <message>
        <source>administrator, coordinator, officer, clerk or viewer.</source>
        <translation>administrator, coordinator, officer, clerk or viewer.</translation>
    </message>
    <message>
        <source>yes: may sign in; no: may not.</source>
        <translation>yes: may sign in; no: may not.</translation>
    </message>
    <message>
        <source>Lists and manages the users of a data file (an administrator's task).</source>
        <translation>Lists and manages the users of a data file (an administrator's task).</translation>
    </message>
    <message>
        <source>Give one of --add, --change and --password.</source>
        <translation>Give one of --add, --change and --password.</translation>
    </message>
    <message>
        <source>--add needs --name and --role.</source>
        <translation>--add needs --name and --role.</translation>
    </message>
    <message>
        <source>No user %1 in this file.</source>
        <translation>No user %1 in this file.</translation>
    </message>
    <message>
        <source>list and manage the users of a data file</source>
        <translation>list and manage the users of a data file</translation>
    </message>
    <message>
        <source>The backup folder (default: FILE's name with -backups, beside it).</source>
        <translation>The backup folder (default: FILE's name with -backups, beside it).</translation>
    </message>
    <message>
        <source>How many backups to keep, %1 to %2 (default: the file's setting backup_keep).</source>
        <translation>How many backups to keep, %1 to %2 (default: the file's setting backup_keep).</translation>
    </message>
    <message>
        <source>--keep takes a number from %1 to %2.</source>
        <translation>--keep takes a number from %1 to %2.</translation>
    </message>
    <message>
        <source>Lists the backups of a data file, newest first.</source>
        <translation>Lists the backups of a data file, newest first.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>The backup %1 cannot be restored: %2</translation>
    </message>
    <message>
        <source>make a backup of a data file</source>
        <translation>make a backup of a data file</translation>
    </message>
    <message>
        <source>list a data file's backups</source>
        <translation>list a data file's backups</translation>
    </message>
    <message>
        <source>put a backup in the place of a data file</source>
        <translation>put a backup in the place of a data file</translation>
    </message>
    <message>
        <source>Also say whether the change log was rewritten since this package or backup was made.</source>
        <translation>Also say whether the change log was rewritten since this package or backup was made.</translation>
    </message>
    <message>
        <source>Checks a data file: schema version, SQLite integrity, the change log, every record and schema object against the change log and Netra's schema, and the rules every case must hold. Exit 0 only when all hold.</source>
        <translation>Checks a data file: schema version, SQLite integrity, the change log, every record and schema object against the change log and Netra's schema, and the rules every case must hold. Exit 0 only when all hold.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>package</source>
        <translation>package</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>The login of the first administrator.</source>
        <translation>The login of the first administrator.</translation>
    </message>
    <message>
        <source>The administrator's full name.</source>
        <translation>The administrator's full name.</translation>
    </message>
    <message>
        <source>init needs --admin LOGIN and --name NAME.</source>
        <translation>init needs --admin LOGIN and --name NAME.</translation>
    </message>
    <message>
        <source>%1 exists already; init never writes into an existing file.</source>
        <translation>%1 exists already; init never writes into an existing file.</translation>
    </message>
    <message>
        <source>The password again: </source>
        <translation>The password again: </translation>
    </message>
    <message>
        <source>create an empty data file with its administrator</source>
        <translation>create an empty data file with its administrator</translation>
    </message>
    <message>
        <source>Every command but init and demo signs in: --user LOGIN (or NETRA_USER), with the password in NETRA_PASSWORD or typed when asked.</source>
        <translation>Every command but init and demo signs in: --user LOGIN (or NETRA_USER), with the password in NETRA_PASSWORD or typed when asked.</translation>
    </message>
    <message>
        <source>Change a setting: KEY=VALUE (may be repeated). Keys: %1. office_logo takes an image file (PNG, JPEG, SVG), kept in the data file.</source>
        <translation>Change a setting: KEY=VALUE (may be repeated). Keys: %1. office_logo takes an image file (PNG, JPEG, SVG), kept in the data file.</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MiB: too large for a logo.</source>
        <translation>%1 is larger than 10 MiB: too large for a logo.</translation>
    </message>
    <message>
        <source>%1 is not an image Netra can read (PNG, JPEG, SVG).</source>
        <translation>%1 is not an image Netra can read (PNG, JPEG, SVG).</translation>
    </message>
    <message>
        <source>Issue the letters (invitations, status notice, forwarding letter): each takes its number from the letter book, or keeps the one it was issued with. Without it a letter not issued yet prints as a draft (KONSEP), with no number.</source>
        <translation>Issue the letters (invitations, status notice, forwarding letter): each takes its number from the letter book, or keeps the one it was issued with. Without it a letter not issued yet prints as a draft (KONSEP), with no number.</translation>
    </message>
    <message>
        <source>pdf or odt (an editable copy; default pdf).</source>
        <translation>pdf or odt (an editable copy; default pdf).</translation>
    </message>
    <message>
        <source>Only the letters of this year.</source>
        <translation>Only the letters of this year.</translation>
    </message>
    <message>
        <source>Lists the outgoing letter book (agenda surat keluar): every letter issued with its number, date, addressee, subject, case and who issued it.</source>
        <translation>Lists the outgoing letter book (agenda surat keluar): every letter issued with its number, date, addressee, subject, case and who issued it.</translation>
    </message>
    <message>
        <source>--year takes a year such as 2024.</source>
        <translation>--year takes a year such as 2024.</translation>
    </message>
    <message>
        <source>print a case's documents to PDF or ODT</source>
        <translation>print a case's documents to PDF or ODT</translation>
    </message>
    <message>
        <source>the outgoing letter book, as JSON</source>
        <translation>the outgoing letter book, as JSON</translation>
    </message>
    <message>
        <source>Recovery key of %1 (shown once; keep it in the office safe):
%2</source>
        <translation>Recovery key of %1 (shown once; keep it in the office safe):
%2</translation>
    </message>
    <message>
        <source>The confidential identities of %1 are not yet encrypted: they are at the first sign-in of an administrator or coordinator in netra, or with netra-cli keys %1 --convert.</source>
        <translation>The confidential identities of %1 are not yet encrypted: they are at the first sign-in of an administrator or coordinator in netra, or with netra-cli keys %1 --convert.</translation>
    </message>
    <message>
        <source>Recovery key of %1 (shown once; write it down or print it and keep it in the office safe; it opens the identities when no coordinator can):
%2</source>
        <translation>Recovery key of %1 (shown once; write it down or print it and keep it in the office safe; it opens the identities when no coordinator can):
%2</translation>
    </message>
    <message>
        <source>Who holds the key and who waits for it (default).</source>
        <translation>Who holds the key and who waits for it (default).</translation>
    </message>
    <message>
        <source>Encrypt the confidential identities of a file made by an earlier version (an administrator or a coordinator); prints the recovery key once.</source>
        <translation>Encrypt the confidential identities of a file made by an earlier version (an administrator or a coordinator); prints the recovery key once.</translation>
    </message>
    <message>
        <source>Give the coordinator LOGIN the key, with the recovery key (when no coordinator who holds it is left).</source>
        <translation>Give the coordinator LOGIN the key, with the recovery key (when no coordinator who holds it is left).</translation>
    </message>
    <message>
        <source>The file holding the recovery key, for --grant.</source>
        <translation>The file holding the recovery key, for --grant.</translation>
    </message>
    <message>
        <source>Make a new recovery key (a coordinator who holds the key); the old one stops working.</source>
        <translation>Make a new recovery key (a coordinator who holds the key); the old one stops working.</translation>
    </message>
    <message>
        <source>The keys to the confidential identities of a data file.</source>
        <translation>The keys to the confidential identities of a data file.</translation>
    </message>
    <message>
        <source>Give one of --convert, --grant and --new-recovery-key.</source>
        <translation>Give one of --convert, --grant and --new-recovery-key.</translation>
    </message>
    <message>
        <source>--grant needs --recovery-key-file FILE.</source>
        <translation>--grant needs --recovery-key-file FILE.</translation>
    </message>
    <message>
        <source>%1 is not a recovery key.</source>
        <translation>%1 is not a recovery key.</translation>
    </message>
    <message>
        <source>Only an administrator or a coordinator manages the keys to the identities.</source>
        <translation>Only an administrator or a coordinator manages the keys to the identities.</translation>
    </message>
    <message>
        <source>the keys to the confidential identities</source>
        <translation>the keys to the confidential identities</translation>
    </message>
    <message>
        <source>Makes a backup of a data file (a consistent copy, also while it is in use) and deletes the oldest backups beyond the number kept. A server store (postgresql://…) is backed up as a data file made from one consistent snapshot, by default into DATABASE-backups in the current folder.</source>
        <translation>Makes a backup of a data file (a consistent copy, also while it is in use) and deletes the oldest backups beyond the number kept. A server store (postgresql://…) is backed up as a data file made from one consistent snapshot, by default into DATABASE-backups in the current folder.</translation>
    </message>
    <message>
        <source>Puts a backup in the place of a data file, after checking it; the current file is kept beside it as NAME.before-restore-TIME.netra. On an office server (postgresql://…) the backup goes into an empty database only.</source>
        <translation>Puts a backup in the place of a data file, after checking it; the current file is kept beside it as NAME.before-restore-TIME.netra. On an office server (postgresql://…) the backup goes into an empty database only.</translation>
    </message>
    <message>
        <source>copy a whole store into an empty one (a file to a server, a server to a file)</source>
        <translation>copy a whole store into an empty one (a file to a server, a server to a file)</translation>
    </message>
    <message>
        <source>Copies a whole Netra store, every record with its keys, attachments, users, settings and the change log, into an empty target: a data file into an empty database of an office server (postgresql://user@host/database; Netra's schema is set up there), a server store into a new data file, or a data file into a new one. The source is read in one consistent snapshot; the target is written whole or not at all, and a target that is not empty is refused and left as it was. Signed in to the source as an administrator or coordinator.</source>
        <translation>Copies a whole Netra store, every record with its keys, attachments, users, settings and the change log, into an empty target: a data file into an empty database of an office server (postgresql://user@host/database; Netra's schema is set up there), a server store into a new data file, or a data file into a new one. The source is read in one consistent snapshot; the target is written whole or not at all, and a target that is not empty is refused and left as it was. Signed in to the source as an administrator or coordinator.</translation>
    </message>
    <message>
        <source>the data file or server store to copy; TARGET, the new data file or the empty server database</source>
        <translation>the data file or server store to copy; TARGET, the new data file or the empty server database</translation>
    </message>
    <message>
        <source>Separate the fields with semicolons and begin with a byte-order mark, for Excel or LibreOffice set to Indonesian.</source>
        <translation>Separate the fields with semicolons and begin with a byte-order mark, for Excel or LibreOffice set to Indonesian.</translation>
    </message>
    <message>
        <source>write the cases as an XLSX register for Excel or LibreOffice</source>
        <translation>write the cases as an XLSX register for Excel or LibreOffice</translation>
    </message>
    <message>
        <source>The XLSX file to write.</source>
        <translation>The XLSX file to write.</translation>
    </message>
    <message>
        <source>Creates an empty data file with its first administrator, or sets up Netra's store with its first administrator in a database of an office server (postgresql://user@host/database): an empty one, or one created when the server has none of that name (the account needs CREATEDB for that). A store or any other table there is refused and left as it was. The password is read from NETRA_PASSWORD or asked for.</source>
        <translation>Creates an empty data file with its first administrator, or sets up Netra's store with its first administrator in a database of an office server (postgresql://user@host/database): an empty one, or one created when the server has none of that name (the account needs CREATEDB for that). A store or any other table there is refused and left as it was. The password is read from NETRA_PASSWORD or asked for.</translation>
    </message>
    <message>
        <source>the data file to create (must not exist), or a server database (empty or missing)</source>
        <translation>the data file to create (must not exist), or a server database (empty or missing)</translation>
    </message>
    <message>
        <source>Only this case (its receipt or registration number); may be given more than once.</source>
        <translation>Only this case (its receipt or registration number); may be given more than once.</translation>
    </message>
    <message>
        <source>Only the cases whose hearings this user is assigned to.</source>
        <translation>Only the cases whose hearings this user is assigned to.</translation>
    </message>
    <message>
        <source>When PACKAGE ends in .netra, writes a field file instead: a new data file with the cases chosen, the office's settings and holidays, and the user signing in and the clerks assigned to those cases, who sign in there with their passwords.</source>
        <translation>When PACKAGE ends in .netra, writes a field file instead: a new data file with the cases chosen, the office's settings and holidays, and the user signing in and the clerks assigned to those cases, who sign in there with their passwords.</translation>
    </message>
    <message>
        <source>Only the regencies of this province (33).</source>
        <translation>Only the regencies of this province (33).</translation>
    </message>
    <message>
        <source>Unknown province code: %1</source>
        <translation>Unknown province code: %1</translation>
    </message>
    <message>
        <source>The regency %1 is not in the province %2.</source>
        <translation>The regency %1 is not in the province %2.</translation>
    </message>
    <message>
        <source>Writes the cases of a data file as an XLSX workbook, one row per person reported: dates as dates, NIPs as text, coded values as labels in the language of the messages (NETRA_LANG) with the codes in hidden columns. Confidential reporters are written as [dirahasiakan]. With --ledger, writes the follow-up ledger instead: each person reported in a forwarded case, the sanction recommended and what the PPK decided.</source>
        <translation>Writes the cases of a data file as an XLSX workbook, one row per person reported: dates as dates, NIPs as text, coded values as labels in the language of the messages (NETRA_LANG) with the codes in hidden columns. Confidential reporters are written as [dirahasiakan]. With --ledger, writes the follow-up ledger instead: each person reported in a forwarded case, the sanction recommended and what the PPK decided.</translation>
    </message>
    <message>
        <source>Write the follow-up ledger of the forwarded cases rather than the register.</source>
        <translation>Write the follow-up ledger of the forwarded cases rather than the register.</translation>
    </message>
    <message>
        <source>With --ledger, the persons to write: all (the default), outstanding or late.</source>
        <translation>With --ledger, the persons to write: all (the default), outstanding or late.</translation>
    </message>
    <message>
        <source>--show is for the ledger: add --ledger.</source>
        <translation>--show is for the ledger: add --ledger.</translation>
    </message>
    <message>
        <source>--with-identities is for the register: the ledger holds no reporter.</source>
        <translation>--with-identities is for the register: the ledger holds no reporter.</translation>
    </message>
    <message>
        <source>write the recap table as XLSX or CSV</source>
        <translation>write the recap table as XLSX or CSV</translation>
    </message>
    <message>
        <source>Writes the recap (rekapitulasi) the dashboard shows: one row per regency with its cases per violation category, persons reported, recommended for a sanction and followed up, and the total; its figures are those of stats for the same filter. The file's suffix, .xlsx or .csv, chooses the format.</source>
        <translation>Writes the recap (rekapitulasi) the dashboard shows: one row per regency with its cases per violation category, persons reported, recommended for a sanction and followed up, and the total; its figures are those of stats for the same filter. The file's suffix, .xlsx or .csv, chooses the format.</translation>
    </message>
    <message>
        <source>The XLSX or CSV file to write.</source>
        <translation>The XLSX or CSV file to write.</translation>
    </message>
    <message>
        <source>--out names an .xlsx or a .csv file: %1</source>
        <translation>--out names an .xlsx or a .csv file: %1</translation>
    </message>
    <message>
        <source>prevention activities: list, add, print an appeal letter</source>
        <translation>prevention activities: list, add, print an appeal letter</translation>
    </message>
    <message>
        <source>Lists the office's prevention activities (outreach, declarations of neutrality, coordination meetings, appeal letters) as JSON; with --add records one; with --letter prints an appeal letter to PDF or ODT.</source>
        <translation>Lists the office's prevention activities (outreach, declarations of neutrality, coordination meetings, appeal letters) as JSON; with --add records one; with --letter prints an appeal letter to PDF or ODT.</translation>
    </message>
    <message>
        <source>Only the regency with this code (3311 or 33.11); with --add, the regency reached.</source>
        <translation>Only the regency with this code (3311 or 33.11); with --add, the regency reached.</translation>
    </message>
    <message>
        <source>Held on or after this date (YYYY-MM-DD).</source>
        <translation>Held on or after this date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Held on or before this date (YYYY-MM-DD).</source>
        <translation>Held on or before this date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The kind: %1.</source>
        <translation>The kind: %1.</translation>
    </message>
    <message>
        <source>Record a new activity from the options below.</source>
        <translation>Record a new activity from the options below.</translation>
    </message>
    <message>
        <source>With --add: the day it was held (YYYY-MM-DD).</source>
        <translation>With --add: the day it was held (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>With --add: its theme, or the letter's subject.</source>
        <translation>With --add: its theme, or the letter's subject.</translation>
    </message>
    <message>
        <source>With --add: where it was held.</source>
        <translation>With --add: where it was held.</translation>
    </message>
    <message>
        <source>With --add: held online, on this platform.</source>
        <translation>With --add: held online, on this platform.</translation>
    </message>
    <message>
        <source>With --add: the agencies reached, separated by ';'.</source>
        <translation>With --add: the agencies reached, separated by ';'.</translation>
    </message>
    <message>
        <source>With --add: the positions reached, separated by ';'.</source>
        <translation>With --add: the positions reached, separated by ';'.</translation>
    </message>
    <message>
        <source>With --add: the number of participants.</source>
        <translation>With --add: the number of participants.</translation>
    </message>
    <message>
        <source>With --add: notes.</source>
        <translation>With --add: notes.</translation>
    </message>
    <message>
        <source>With --add, for an appeal letter: %1.</source>
        <translation>With --add, for an appeal letter: %1.</translation>
    </message>
    <message>
        <source>With --add, for an appeal letter: to whom it goes ("Bupati Sukoharjo").</source>
        <translation>With --add, for an appeal letter: to whom it goes ("Bupati Sukoharjo").</translation>
    </message>
    <message>
        <source>Print the appeal letter of the activity with this UUID to --out.</source>
        <translation>Print the appeal letter of the activity with this UUID to --out.</translation>
    </message>
    <message>
        <source>With --letter: the file to write.</source>
        <translation>With --letter: the file to write.</translation>
    </message>
    <message>
        <source>With --letter: issue it, taking its number from the letter book (or keeping the one it was issued with). Without it a letter not issued yet prints as a draft (KONSEP), with no number.</source>
        <translation>With --letter: issue it, taking its number from the letter book (or keeping the one it was issued with). Without it a letter not issued yet prints as a draft (KONSEP), with no number.</translation>
    </message>
    <message>
        <source>--add needs --date YYYY-MM-DD.</source>
        <translation>--add needs --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--participants takes a whole number.</source>
        <translation>--participants takes a whole number.</translation>
    </message>
    <message>
        <source>--letter needs --out FILE.</source>
        <translation>--letter needs --out FILE.</translation>
    </message>
    <message>
        <source>No appeal letter with the UUID %1 in this file.</source>
        <translation>No appeal letter with the UUID %1 in this file.</translation>
    </message>
    <message>
        <source>supervision leads (initial information): list</source>
        <translation>supervision leads (initial information): list</translation>
    </message>
    <message>
        <source>Lists the office's supervision leads (initial information from a social media patrol, the field, the public or the news) as JSON, newest first: their source, tracing notes, and how they were closed (not pursued, or the finding case they became). A confidential informant is withheld.</source>
        <translation>Lists the office's supervision leads (initial information from a social media patrol, the field, the public or the news) as JSON, newest first: their source, tracing notes, and how they were closed (not pursued, or the finding case they became). A confidential informant is withheld.</translation>
    </message>
    <message>
        <source>Received on or after this date (YYYY-MM-DD).</source>
        <translation>Received on or after this date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Received on or before this date (YYYY-MM-DD).</source>
        <translation>Received on or before this date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The status: %1.</source>
        <translation>The status: %1.</translation>
    </message>
    <message>
        <source>On a server that holds many offices: the offices the user works on, a regency (3311), a province (33) or national. The user is also made a database account of the server with the same password, kept to that scope by the server.</source>
        <translation>On a server that holds many offices: the offices the user works on, a regency (3311), a province (33) or national. The user is also made a database account of the server with the same password, kept to that scope by the server.</translation>
    </message>
    <message>
        <source>the PPKs' record: follow-up of recommendations per PPK</source>
        <translation>the PPKs' record: follow-up of recommendations per PPK</translation>
    </message>
    <message>
        <source>Lists per PPK (regent, mayor, governor, minister) the recommendations of a sanction it received, followed up as recommended, followed up with another sanction, late (past the due date without a decision) and awaiting, with the follow-up rate and the median days from recommendation to decision, ranked by rate, then median days. With --out FILE.xlsx writes it as a workbook; with --letter PPK --out FILE.pdf prints the letter to the PPK's superior listing its late recommendations.</source>
        <translation>Lists per PPK (regent, mayor, governor, minister) the recommendations of a sanction it received, followed up as recommended, followed up with another sanction, late (past the due date without a decision) and awaiting, with the follow-up rate and the median days from recommendation to decision, ranked by rate, then median days. With --out FILE.xlsx writes it as a workbook; with --letter PPK --out FILE.pdf prints the letter to the PPK's superior listing its late recommendations.</translation>
    </message>
    <message>
        <source>The XLSX file to write; with --letter, the PDF or ODT file.</source>
        <translation>The XLSX file to write; with --letter, the PDF or ODT file.</translation>
    </message>
    <message>
        <source>Print the letter to the superior of this PPK: its rank in the record or its name.</source>
        <translation>Print the letter to the superior of this PPK: its rank in the record or its name.</translation>
    </message>
    <message>
        <source>Count late recommendations as of this day (default: today).</source>
        <translation>Count late recommendations as of this day (default: today).</translation>
    </message>
    <message>
        <source>--out names a .pdf or an .odt file: %1</source>
        <translation>--out names a .pdf or an .odt file: %1</translation>
    </message>
    <message>
        <source>%1 has no recommendation left unanswered past its due date: there is no letter to write.</source>
        <translation>%1 has no recommendation left unanswered past its due date: there is no letter to write.</translation>
    </message>
    <message>
        <source>--%1 is for the letter: add --letter PPK.</source>
        <translation>--%1 is for the letter: add --letter PPK.</translation>
    </message>
    <message>
        <source>--out names an .xlsx file: %1</source>
        <translation>--out names an .xlsx file: %1</translation>
    </message>
    <message>
        <source>a person's track record (rekam jejak) and its certificate</source>
        <translation>a person's track record (rekam jejak) and its certificate</translation>
    </message>
    <message>
        <source>Lists, as JSON, every case of the file (on a server: of your scope) in which the civil servant with this NIP was reported, with the decision, the recommendation and the sanction the PPK imposed; --name alone searches the persons reported by name. Every look-up is logged with who asked and the purpose. With --out CERT.pdf (or .odt) prints the certificate for a selection committee, issued with its number from the letter book; with no case it certifies that no neutrality violation is recorded for the NIP. Only a coordinator looks records up.</source>
        <translation>Lists, as JSON, every case of the file (on a server: of your scope) in which the civil servant with this NIP was reported, with the decision, the recommendation and the sanction the PPK imposed; --name alone searches the persons reported by name. Every look-up is logged with who asked and the purpose. With --out CERT.pdf (or .odt) prints the certificate for a selection committee, issued with its number from the letter book; with no case it certifies that no neutrality violation is recorded for the NIP. Only a coordinator looks records up.</translation>
    </message>
    <message>
        <source>The person's name: with --nip, as printed when the NIP has no case; alone, the persons reported whose name holds every word of it.</source>
        <translation>The person's name: with --nip, as printed when the NIP has no case; alone, the persons reported whose name holds every word of it.</translation>
    </message>
    <message>
        <source>Why the record is looked up (logged, and printed on the certificate).</source>
        <translation>Why the record is looked up (logged, and printed on the certificate).</translation>
    </message>
    <message>
        <source>To whom the certificate is given (default: %1).</source>
        <translation>To whom the certificate is given (default: %1).</translation>
    </message>
    <message>
        <source>The certificate to write, a .pdf or .odt file.</source>
        <translation>The certificate to write, a .pdf or .odt file.</translation>
    </message>
    <message>
        <source>record needs --nip NIP (or --name NAME to search by name).</source>
        <translation>record needs --nip NIP (or --name NAME to search by name).</translation>
    </message>
    <message>
        <source>record needs --purpose TEXT: every look-up is logged with why it was made.</source>
        <translation>record needs --purpose TEXT: every look-up is logged with why it was made.</translation>
    </message>
    <message>
        <source>No lead with the UUID %1 in this file.</source>
        <translation>No lead with the UUID %1 in this file.</translation>
    </message>
    <message>
        <source>LEAD, the lead's UUID (as leads lists it)</source>
        <translation>LEAD, the lead's UUID (as leads lists it)</translation>
    </message>
    <message>
        <source>record a supervision lead</source>
        <translation>record a supervision lead</translation>
    </message>
    <message>
        <source>Records a new supervision lead (initial information) and prints it as leads lists it. An informant is named only for a lead from a member of the public; with --confidential their name and contact are withheld from those who may not see a confidential reporter.</source>
        <translation>Records a new supervision lead (initial information) and prints it as leads lists it. An informant is named only for a lead from a member of the public; with --confidential their name and contact are withheld from those who may not see a confidential reporter.</translation>
    </message>
    <message>
        <source>The day it was received (YYYY-MM-DD).</source>
        <translation>The day it was received (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Where it came from: %1.</source>
        <translation>Where it came from: %1.</translation>
    </message>
    <message>
        <source>The post's address, the account or the place.</source>
        <translation>The post's address, the account or the place.</translation>
    </message>
    <message>
        <source>The regency with this code (3311 or 33.11).</source>
        <translation>The regency with this code (3311 or 33.11).</translation>
    </message>
    <message>
        <source>What the lead says.</source>
        <translation>What the lead says.</translation>
    </message>
    <message>
        <source>The persons concerned, separated by ';'.</source>
        <translation>The persons concerned, separated by ';'.</translation>
    </message>
    <message>
        <source>Their agency.</source>
        <translation>Their agency.</translation>
    </message>
    <message>
        <source>The member of the public who brought it.</source>
        <translation>The member of the public who brought it.</translation>
    </message>
    <message>
        <source>The informant's telephone or address.</source>
        <translation>The informant's telephone or address.</translation>
    </message>
    <message>
        <source>Keep the informant's identity confidential.</source>
        <translation>Keep the informant's identity confidential.</translation>
    </message>
    <message>
        <source>lead-add needs --date YYYY-MM-DD.</source>
        <translation>lead-add needs --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>add a tracing note to a lead</source>
        <translation>add a tracing note to a lead</translation>
    </message>
    <message>
        <source>Adds a tracing note (penelusuran) to an open lead: what was done or learnt and when. A new lead is then being traced.</source>
        <translation>Adds a tracing note (penelusuran) to an open lead: what was done or learnt and when. A new lead is then being traced.</translation>
    </message>
    <message>
        <source>What was done or learnt.</source>
        <translation>What was done or learnt.</translation>
    </message>
    <message>
        <source>The day of the note (default: today).</source>
        <translation>The day of the note (default: today).</translation>
    </message>
    <message>
        <source>lead-trace needs --note TEXT.</source>
        <translation>lead-trace needs --note TEXT.</translation>
    </message>
    <message>
        <source>close a lead as not pursued</source>
        <translation>close a lead as not pursued</translation>
    </message>
    <message>
        <source>Closes an open lead as not pursued, with the reason (coordinators).</source>
        <translation>Closes an open lead as not pursued, with the reason (coordinators).</translation>
    </message>
    <message>
        <source>Why it is not pursued.</source>
        <translation>Why it is not pursued.</translation>
    </message>
    <message>
        <source>The day it was closed (default: today).</source>
        <translation>The day it was closed (default: today).</translation>
    </message>
    <message>
        <source>lead-close needs --reason TEXT.</source>
        <translation>lead-close needs --reason TEXT.</translation>
    </message>
    <message>
        <source>turn a lead into a finding case</source>
        <translation>turn a lead into a finding case</translation>
    </message>
    <message>
        <source>Turns an open lead into a finding (coordinators): a new finding case of the lead's regency, received today, whose seven days to be set count from the date it was found; the lead keeps the case. Prints the lead with the case's number.</source>
        <translation>Turns an open lead into a finding (coordinators): a new finding case of the lead's regency, received today, whose seven days to be set count from the date it was found; the lead keeps the case. Prints the lead with the case's number.</translation>
    </message>
    <message>
        <source>The day the finding was found (default: today).</source>
        <translation>The day the finding was found (default: today).</translation>
    </message>
    <message>
        <source>The violation category: %1.</source>
        <translation>The violation category: %1.</translation>
    </message>
    <message>
        <source>the agreement's report for a period: JSON, PDF or XLSX</source>
        <translation>the agreement's report for a period: JSON, PDF or XLSX</translation>
    </message>
    <message>
        <source>The report the KASN–Bawaslu agreement asks for a period and a scope (the whole file, one regency or one province): the number of violations, the cases by violation category, the persons reported by position category, the recommendations and their follow-up with the follow-up rate, the ten agencies with most persons reported, and the prevention activities and supervision leads of the period. Its figures are those of stats for the same filter. With --out writes it as a printed report (.pdf, in Indonesian, on the office's letterhead) or a workbook (.xlsx).</source>
        <translation>The report the KASN–Bawaslu agreement asks for a period and a scope (the whole file, one regency or one province): the number of violations, the cases by violation category, the persons reported by position category, the recommendations and their follow-up with the follow-up rate, the ten agencies with most persons reported, and the prevention activities and supervision leads of the period. Its figures are those of stats for the same filter. With --out writes it as a printed report (.pdf, in Indonesian, on the office's letterhead) or a workbook (.xlsx).</translation>
    </message>
    <message>
        <source>The PDF or XLSX file to write.</source>
        <translation>The PDF or XLSX file to write.</translation>
    </message>
    <message>
        <source>Give --json, or --out FILE.pdf or FILE.xlsx.</source>
        <translation>Give --json, or --out FILE.pdf or FILE.xlsx.</translation>
    </message>
    <message>
        <source>--out names a .pdf or an .xlsx file: %1</source>
        <translation>--out names a .pdf or an .xlsx file: %1</translation>
    </message>
    <message>
        <source>Give --regency or --province, not both.</source>
        <translation>Give --regency or --province, not both.</translation>
    </message>
    <message>
        <source>A certificate is for one NIP: add --nip NIP.</source>
        <translation>A certificate is for one NIP: add --nip NIP.</translation>
    </message>
    <message>
        <source>The NIP of the person, or their NI PPPK (18 digits, spaces allowed).</source>
        <translation>The NIP of the person, or their NI PPPK (18 digits, spaces allowed).</translation>
    </message>
    <message>
        <source>Print the list to this PDF instead (landscape A4, in Indonesian, oldest first), as the register's "Print the list of cases" does.</source>
        <translation>Print the list to this PDF instead (landscape A4, in Indonesian, oldest first), as the register's "Print the list of cases" does.</translation>
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
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Through the online system</source>
        <translation>Through the online system</translation>
    </message>
    <message>
        <source>By phone or message</source>
        <translation>By phone or message</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Represented</source>
        <translation>Represented</translation>
    </message>
    <message>
        <source>No oath recorded</source>
        <translation>No oath recorded</translation>
    </message>
    <message>
        <source>Took the oath</source>
        <translation>Took the oath</translation>
    </message>
    <message>
        <source>Refused the oath</source>
        <translation>Refused the oath</translation>
    </message>
    <message>
        <source>Filing of the report</source>
        <translation>Filing of the report</translation>
    </message>
    <message>
        <source>Setting of the finding</source>
        <translation>Setting of the finding</translation>
    </message>
    <message>
        <source>Initial review and registration</source>
        <translation>Initial review and registration</translation>
    </message>
    <message>
        <source>Decision after registration</source>
        <translation>Decision after registration</translation>
    </message>
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
    <message>
        <source>Outreach (socialisation)</source>
        <translation>Outreach (socialisation)</translation>
    </message>
    <message>
        <source>Declaration of neutrality</source>
        <translation>Declaration of neutrality</translation>
    </message>
    <message>
        <source>Coordination meeting</source>
        <translation>Coordination meeting</translation>
    </message>
    <message>
        <source>Appeal letter</source>
        <translation>Appeal letter</translation>
    </message>
    <message>
        <source>Staffing authority (PPK)</source>
        <translation>Staffing authority (PPK)</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Village heads</source>
        <translation>Village heads</translation>
    </message>
    <message>
        <source>Social media patrol</source>
        <translation>Social media patrol</translation>
    </message>
    <message>
        <source>Field monitoring</source>
        <translation>Field monitoring</translation>
    </message>
    <message>
        <source>Member of the public</source>
        <translation>Member of the public</translation>
    </message>
    <message>
        <source>News media</source>
        <translation>News media</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Being traced</source>
        <translation>Being traced</translation>
    </message>
    <message>
        <source>Not pursued</source>
        <translation>Not pursued</translation>
    </message>
    <message>
        <source>Became a finding</source>
        <translation>Became a finding</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server - Netra</source>
        <translation>Connect to a server - Netra</translation>
    </message>
    <message>
        <source>The office's shared store on a PostgreSQL server. Ask the office's administrator for these details. A password left empty is taken from ~/.pgpass (PGPASSFILE) or a PGSERVICE entry; a password typed here is never remembered.</source>
        <translation>The office's shared store on a PostgreSQL server. Ask the office's administrator for these details. A password left empty is taken from ~/.pgpass (PGPASSFILE) or a PGSERVICE entry; a password typed here is never remembered.</translation>
    </message>
    <message>
        <source>name or address; a folder for a local socket</source>
        <translation>name or address; a folder for a local socket</translation>
    </message>
    <message>
        <source>standard (5432)</source>
        <translation>standard (5432)</translation>
    </message>
    <message>
        <source>your login on this computer when empty</source>
        <translation>your login on this computer when empty</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>from ~/.pgpass when empty</translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation>Off (disable)</translation>
    </message>
    <message>
        <source>Only when the server requires it (allow)</source>
        <translation>Only when the server requires it (allow)</translation>
    </message>
    <message>
        <source>When the server offers it (prefer, the standard)</source>
        <translation>When the server offers it (prefer, the standard)</translation>
    </message>
    <message>
        <source>Always, certificate not checked (require)</source>
        <translation>Always, certificate not checked (require)</translation>
    </message>
    <message>
        <source>Always, certificate from a trusted authority (verify-ca)</source>
        <translation>Always, certificate from a trusted authority (verify-ca)</translation>
    </message>
    <message>
        <source>Always, certificate for this server name (verify-full)</source>
        <translation>Always, certificate for this server name (verify-full)</translation>
    </message>
    <message>
        <source>The same as one address; an address pasted here fills the fields above.</source>
        <translation>The same as one address; an address pasted here fills the fields above.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Secure &amp;connection:</source>
        <translation>Secure &amp;connection:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Connecting to %1...</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Save charts as PNG…</source>
        <translation>Save charts as PNG…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Recap…</source>
        <translation>Recap…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>&amp;Election:</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Received from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>All elections</source>
        <translation>All elections</translation>
    </message>
    <message>
        <source>All regencies and cities</source>
        <translation>All regencies and cities</translation>
    </message>
    <message>
        <source>Cases by violation category</source>
        <translation>Cases by violation category</translation>
    </message>
    <message>
        <source>Persons reported by position category</source>
        <translation>Persons reported by position category</translation>
    </message>
    <message>
        <source>Agencies with most persons reported</source>
        <translation>Agencies with most persons reported</translation>
    </message>
    <message>
        <source>From report to follow-up</source>
        <translation>From report to follow-up</translation>
    </message>
    <message>
        <source>Cases by regency or city</source>
        <translation>Cases by regency or city</translation>
    </message>
    <message>
        <source>Follow-up rate: %1 of %2 persons recommended for a sanction were followed up by their PPK.</source>
        <translation>Follow-up rate: %1 of %2 persons recommended for a sanction were followed up by their PPK.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation><numerusform>%Ln case</numerusform><numerusform>%Ln cases</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) reported</source>
        <translation><numerusform>%Ln person reported</numerusform><numerusform>%Ln persons reported</numerusform></translation>
    </message>
    <message>
        <source>No cases</source>
        <translation>No cases</translation>
    </message>
    <message>
        <source>Cases received per month, by status</source>
        <translation>Cases received per month, by status</translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>Dashboard: %1</translation>
    </message>
    <message>
        <source>Follow-up rate %1. %2</source>
        <translation>Follow-up rate %1. %2</translation>
    </message>
    <message>
        <source>The image could not be written to %1.</source>
        <translation>The image could not be written to %1.</translation>
    </message>
    <message>
        <source>Save charts as PNG</source>
        <translation>Save charts as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Charts saved to %1.</source>
        <translation>Charts saved to %1.</translation>
    </message>
    <message>
        <source>Save the recap and charts as PDF</source>
        <translation>Save the recap and charts as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Recap</translation>
    </message>
    <message>
        <source>received from %1</source>
        <translation>received from %1</translation>
    </message>
    <message>
        <source>received until %1</source>
        <translation>received until %1</translation>
    </message>
    <message>
        <source>Regency or city</source>
        <translation>Regency or city</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>No category</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Persons reported</source>
        <translation>Persons reported</translation>
    </message>
    <message>
        <source>Recommended for a sanction</source>
        <translation>Recommended for a sanction</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>Follow-up rate</source>
        <translation>Follow-up rate</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Print with the charts</source>
        <translation>Print with the charts</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Export &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the recap as XLSX</source>
        <translation>Export the recap as XLSX</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Recap exported to %1.</source>
        <translation>Recap exported to %1.</translation>
    </message>
    <message>
        <source>Export the recap as CSV</source>
        <translation>Export the recap as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Prevention activities: %1</source>
        <translation>Prevention activities: %1</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 participants</translation>
    </message>
    <message>
        <source>Cases by province</source>
        <translation>Cases by province</translation>
    </message>
    <message>
        <source>PPKs' record…</source>
        <translation>PPKs' record…</translation>
    </message>
    <message>
        <source>PPKs' record</source>
        <translation>PPKs' record</translation>
    </message>
    <message numerus="yes">
        <source>Recommendations of a sanction per PPK, %1; late: past the due date (%n day(s) after the recommendation unless set) without a decision, as of %2.</source>
        <translation><numerusform>Recommendations of a sanction per PPK, %1; late: past the due date (%n day after the recommendation unless set) without a decision, as of %2.</numerusform><numerusform>Recommendations of a sanction per PPK, %1; late: past the due date (%n days after the recommendation unless set) without a decision, as of %2.</numerusform></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>PPK</source>
        <translation>PPK</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Followed up, another sanction</source>
        <translation>Followed up, another sanction</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Awaiting PPK</source>
        <translation>Awaiting PPK</translation>
    </message>
    <message>
        <source>Median days to follow up</source>
        <translation>Median days to follow up</translation>
    </message>
    <message>
        <source>(no PPK recorded)</source>
        <translation>(no PPK recorded)</translation>
    </message>
    <message>
        <source>&amp;Letter to the superior…</source>
        <translation>&amp;Letter to the superior…</translation>
    </message>
    <message>
        <source>The letter to the superior of the selected PPK (the Minister of Home Affairs, through the governor for a regent or mayor; the Minister of State Apparatus for a ministry) listing its late recommendations.</source>
        <translation>The letter to the superior of the selected PPK (the Minister of Home Affairs, through the governor for a regent or mayor; the Minister of State Apparatus for a ministry) listing its late recommendations.</translation>
    </message>
    <message>
        <source>Save letter as &amp;PDF…</source>
        <translation>Save letter as &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Issue letter</source>
        <translation>&amp;Issue letter</translation>
    </message>
    <message>
        <source>Export the PPKs' record as XLSX</source>
        <translation>Export the PPKs' record as XLSX</translation>
    </message>
    <message>
        <source>PPKs' record exported to %1.</source>
        <translation>PPKs' record exported to %1.</translation>
    </message>
    <message>
        <source>The letter cannot be printed</source>
        <translation>The letter cannot be printed</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Save letter as PDF</translation>
    </message>
    <message>
        <source>Issue letter</source>
        <translation>Issue letter</translation>
    </message>
    <message>
        <source>Issue the letter about %1? It takes the next number of the letter book and today's date.</source>
        <translation>Issue the letter about %1? It takes the next number of the letter book and today's date.</translation>
    </message>
    <message>
        <source>The letter cannot be issued</source>
        <translation>The letter cannot be issued</translation>
    </message>
    <message>
        <source>Letter issued with the number %1.</source>
        <translation>Letter issued with the number %1.</translation>
    </message>
    <message>
        <source>Agreement report…</source>
        <translation>Agreement report…</translation>
    </message>
    <message>
        <source>The report the KASN–Bawaslu agreement asks for the period and regency of the filter, as PDF or XLSX</source>
        <translation>The report the KASN–Bawaslu agreement asks for the period and regency of the filter, as PDF or XLSX</translation>
    </message>
    <message>
        <source>Save the agreement report</source>
        <translation>Save the agreement report</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;Excel workbooks (*.xlsx)</source>
        <translation>PDF documents (*.pdf);;Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>The report is saved as a PDF document (.pdf) or an Excel workbook (.xlsx), not as .%1.</source>
        <translation>The report is saved as a PDF document (.pdf) or an Excel workbook (.xlsx), not as .%1.</translation>
    </message>
    <message>
        <source>Export to E&amp;xcel…</source>
        <translation>Export to E&amp;xcel…</translation>
    </message>
    <message>
        <source>&amp;Regency/city:</source>
        <translation>&amp;Regency/city:</translation>
    </message>
    <message>
        <source>Supervision leads: %1 received, %2 became findings, %3 not pursued</source>
        <translation>Supervision leads: %1 received, %2 became findings, %3 not pursued</translation>
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
    <message>
        <source>The data file %1 was removed, moved or replaced while it was open. So that nothing is lost, nothing more is written into it until what is open is put back in its place.</source>
        <translation>The data file %1 was removed, moved or replaced while it was open. So that nothing is lost, nothing more is written into it until what is open is put back in its place.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only. Netra writes its journal beside the data file, so a data file in this folder cannot be changed. Copy it to a folder you can write to, or open it read-only.</source>
        <translation>The folder %1 is read-only. Netra writes its journal beside the data file, so a data file in this folder cannot be changed. Copy it to a folder you can write to, or open it read-only.</translation>
    </message>
    <message>
        <source>The file %1 is read-only, so it cannot be changed. Make it writable, or open it read-only.</source>
        <translation>The file %1 is read-only, so it cannot be changed. Make it writable, or open it read-only.</translation>
    </message>
    <message>
        <source>The data file was removed, moved or replaced while it was open. So that nothing is lost, nothing more is written into it.</source>
        <translation>The data file was removed, moved or replaced while it was open. So that nothing is lost, nothing more is written into it.</translation>
    </message>
    <message>
        <source>The disk is full: nothing more can be saved until there is room on it. What was saved before is intact. Make room on the disk, then save again.</source>
        <translation>The disk is full: nothing more can be saved until there is room on it. What was saved before is intact. Make room on the disk, then save again.</translation>
    </message>
    <message>
        <source>The disk could not be written or read (input/output error). This change was not saved; what was saved before is intact. Check the disk or the network folder, then save again.</source>
        <translation>The disk could not be written or read (input/output error). This change was not saved; what was saved before is intact. Check the disk or the network folder, then save again.</translation>
    </message>
    <message>
        <source>The data file or its folder is read-only, so nothing can be saved into it. What was saved before is intact.</source>
        <translation>The data file or its folder is read-only, so nothing can be saved into it. What was saved before is intact.</translation>
    </message>
    <message>
        <source>The data file or its journal cannot be opened: the folder may be read-only, removed or out of reach. This change was not saved; what was saved before is intact.</source>
        <translation>The data file or its journal cannot be opened: the folder may be read-only, removed or out of reach. This change was not saved; what was saved before is intact.</translation>
    </message>
    <message>
        <source>The data file cannot be put back while a change is being saved.</source>
        <translation>The data file cannot be put back while a change is being saved.</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another name.</source>
        <translation>The file %1 already exists. Choose another name.</translation>
    </message>
    <message>
        <source>What is open could not be written to %1: %2</source>
        <translation>What is open could not be written to %1: %2</translation>
    </message>
    <message>
        <source>What is open was put in %1.</source>
        <translation>What is open was put in %1.</translation>
    </message>
    <message>
        <source>The data file %1 was removed, moved or replaced while it was open.</source>
        <translation>The data file %1 was removed, moved or replaced while it was open.</translation>
    </message>
    <message>
        <source>This Netra cannot open a server: its PostgreSQL driver (Debian package libqt6sql6-psql) is not installed.</source>
        <translation>This Netra cannot open a server: its PostgreSQL driver (Debian package libqt6sql6-psql) is not installed.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: %2</source>
        <translation>The server %1 cannot be reached: %2</translation>
    </message>
    <message>
        <source>The server %1 cannot be read: %2</source>
        <translation>The server %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The database %1 holds tables that are not Netra's; it is not a Netra store.</source>
        <translation>The database %1 holds tables that are not Netra's; it is not a Netra store.</translation>
    </message>
    <message>
        <source>The database %1 holds no Netra store yet. Set it up with netra-cli init URI.</source>
        <translation>The database %1 holds no Netra store yet. Set it up with netra-cli init URI.</translation>
    </message>
    <message>
        <source>The database %1 is not a Netra store.</source>
        <translation>The database %1 is not a Netra store.</translation>
    </message>
    <message>
        <source>The server store %1 was made by a newer version of Netra (data version %2; this program knows up to %3). Update Netra to open it.</source>
        <translation>The server store %1 was made by a newer version of Netra (data version %2; this program knows up to %3). Update Netra to open it.</translation>
    </message>
    <message>
        <source>The server cannot be connected to again while a change is being saved.</source>
        <translation>The server cannot be connected to again while a change is being saved.</translation>
    </message>
    <message>
        <source>The file %1 exists already.</source>
        <translation>The file %1 exists already.</translation>
    </message>
    <message>
        <source>The server %1 cannot be written: %2</source>
        <translation>The server %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The database %1 holds a Netra store already (data version %2).</source>
        <translation>The database %1 holds a Netra store already (data version %2).</translation>
    </message>
    <message>
        <source>The office server did not take the change: %1</source>
        <translation>The office server did not take the change: %1</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>The file cannot be written: %1</translation>
    </message>
    <message>
        <source>A user of %1 reads the cases of its offices; each office changes its own.</source>
        <translation>A user of %1 reads the cases of its offices; each office changes its own.</translation>
    </message>
</context>
<context>
    <name>DeadlineListModel</name>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation><numerusform>%n working day</numerusform><numerusform>%n working days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day(s)</source>
        <translation><numerusform>%n calendar day</numerusform><numerusform>%n calendar days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1, extended by %n day(s)</source>
        <translation><numerusform>%1, extended by %n day</numerusform><numerusform>%1, extended by %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation><numerusform>%n day late</numerusform><numerusform>%n days late</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation><numerusform>%n day left</numerusform><numerusform>%n days left</numerusform></translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Done on %1</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Counted from</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
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
    <name>DocumentsPanel</name>
    <message>
        <source>&amp;Documents of the case:</source>
        <translation>&amp;Documents of the case:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <source>F4 (215 × 330 mm) is the folio paper common in Indonesian offices</source>
        <translation>F4 (215 × 330 mm) is the folio paper common in Indonesian offices</translation>
    </message>
    <message>
        <source>Summary &amp;language:</source>
        <translation>Summary &amp;language:</translation>
    </message>
    <message>
        <source>Only the case summary can be printed in English; forms and letters are always in Indonesian</source>
        <translation>Only the case summary can be printed in English; forms and letters are always in Indonesian</translation>
    </message>
    <message>
        <source>Show &amp;confidential identity</source>
        <translation>Show &amp;confidential identity</translation>
    </message>
    <message>
        <source>Print the identity of a reporter who asked for confidentiality. Only on documents kept by the office: the report form, minutes, analysis and summary</source>
        <translation>Print the identity of a reporter who asked for confidentiality. Only on documents kept by the office: the report form, minutes, analysis and summary</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <source>Kept by the office</source>
        <translation>Kept by the office</translation>
    </message>
    <message>
        <source>Goes out of the office: a confidential reporter is never shown</source>
        <translation>Goes out of the office: a confidential reporter is never shown</translation>
    </message>
    <message>
        <source>Select a document first.</source>
        <translation>Select a document first.</translation>
    </message>
    <message>
        <source>The document cannot be printed</source>
        <translation>The document cannot be printed</translation>
    </message>
    <message>
        <source>Export document as PDF</source>
        <translation>Export document as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The document cannot be exported</source>
        <translation>The document cannot be exported</translation>
    </message>
    <message>
        <source>Documents of the case: %1</source>
        <translation>Documents of the case: %1</translation>
    </message>
    <message>
        <source>The identity cannot be shown</source>
        <translation>The identity cannot be shown</translation>
    </message>
    <message>
        <source>Export &amp;ODT…</source>
        <translation>Export &amp;ODT…</translation>
    </message>
    <message>
        <source>An editable copy (LibreOffice, Word) with the same letterhead and content; the number stays in the letter book</source>
        <translation>An editable copy (LibreOffice, Word) with the same letterhead and content; the number stays in the letter book</translation>
    </message>
    <message>
        <source>&amp;Issue letter</source>
        <translation>&amp;Issue letter</translation>
    </message>
    <message>
        <source>Give the letter its number from the letter book and date it today; reprints keep that number</source>
        <translation>Give the letter its number from the letter book and date it today; reprints keep that number</translation>
    </message>
    <message>
        <source>Draft: this letter has no number yet and prints marked KONSEP. Issue it to take the next number from the letter book.</source>
        <translation>Draft: this letter has no number yet and prints marked KONSEP. Issue it to take the next number from the letter book.</translation>
    </message>
    <message>
        <source>Issued on %1 with the number %2; a reprint keeps it.</source>
        <translation>Issued on %1 with the number %2; a reprint keeps it.</translation>
    </message>
    <message>
        <source>Select a letter first.</source>
        <translation>Select a letter first.</translation>
    </message>
    <message>
        <source>Issue letter</source>
        <translation>Issue letter</translation>
    </message>
    <message>
        <source>Issue "%1"? It takes the next number of the letter book and today's date; the number cannot be given back.</source>
        <translation>Issue "%1"? It takes the next number of the letter book and today's date; the number cannot be given back.</translation>
    </message>
    <message>
        <source>The letter cannot be issued</source>
        <translation>The letter cannot be issued</translation>
    </message>
    <message>
        <source>Export document as ODT</source>
        <translation>Export document as ODT</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>Export &amp;all as PDF…</source>
        <translation>Export &amp;all as PDF…</translation>
    </message>
    <message>
        <source>Every document of the case, each as a PDF of its own, into a folder</source>
        <translation>Every document of the case, each as a PDF of its own, into a folder</translation>
    </message>
    <message>
        <source>Export all documents as PDF</source>
        <translation>Export all documents as PDF</translation>
    </message>
    <message>
        <source>Writing the case's documents…</source>
        <translation>Writing the case's documents…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) written to %1.</source>
        <translation><numerusform>%n document written to %1.</numerusform><numerusform>%n documents written to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Save the case first, then attach evidence.</source>
        <translation>Save the case first, then attach evidence.</translation>
    </message>
    <message>
        <source>Attaching evidence…</source>
        <translation>Attaching evidence…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n file(s) not attached.</source>
        <translation><numerusform>Stopped: %n file not attached.</numerusform><numerusform>Stopped: %n files not attached.</numerusform></translation>
    </message>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1: the file does not exist.</translation>
    </message>
    <message>
        <source>%1 is a folder; attach the files inside it instead.</source>
        <translation>%1 is a folder; attach the files inside it instead.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 is not a regular file.</translation>
    </message>
    <message>
        <source>%1 is %2, larger than the limit of %3 per file.</source>
        <translation>%1 is %2, larger than the limit of %3 per file.</translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2 per file.</source>
        <translation>%1 is larger than the limit of %2 per file.</translation>
    </message>
    <message>
        <source>%1 is already attached to this case as %2.</source>
        <translation>%1 is already attached to this case as %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached. Not attached:</source>
        <translation><numerusform>%n file attached. Not attached:</numerusform><numerusform>%n files attached. Not attached:</numerusform></translation>
    </message>
    <message>
        <source>No file was attached:</source>
        <translation>No file was attached:</translation>
    </message>
    <message>
        <source>Evidence not attached</source>
        <translation>Evidence not attached</translation>
    </message>
    <message>
        <source>%1
Type: %2</source>
        <translation>%1
Type: %2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>SHA-256: %1
Ctrl+C copies it.</source>
        <translation>SHA-256: %1
Ctrl+C copies it.</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Attach evidence</translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation>Open evidence</translation>
    </message>
    <message>
        <source>%1 could not be copied out to be opened: %2</source>
        <translation>%1 could not be copied out to be opened: %2</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>No program on this computer opens %1.</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Remove evidence</translation>
    </message>
    <message>
        <source>Remove %1 from the evidence of this case? It is deleted from the data file.</source>
        <translation>Remove %1 from the evidence of this case? It is deleted from the data file.</translation>
    </message>
    <message>
        <source>Save the case first; then its evidence can be attached here.</source>
        <translation>Save the case first; then its evidence can be attached here.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Attach files to this case (at most %1 each); files can also be dropped on the list.</source>
        <translation>Attach files to this case (at most %1 each); files can also be dropped on the list.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open a copy of the file (Enter)</source>
        <translation>Open a copy of the file (Enter)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the file from the case (Delete)</source>
        <translation>Remove the file from the case (Delete)</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>Copy SHA-256</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Save the activity first, then attach files.</source>
        <translation>Save the activity first, then attach files.</translation>
    </message>
    <message>
        <source>%1 is already attached to this activity as %2.</source>
        <translation>%1 is already attached to this activity as %2.</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <source>Remove %1 from the files of this activity? It is deleted from the data file.</source>
        <translation>Remove %1 from the files of this activity? It is deleted from the data file.</translation>
    </message>
    <message>
        <source>Save the activity first; then its attendance list and photos can be attached here.</source>
        <translation>Save the activity first; then its attendance list and photos can be attached here.</translation>
    </message>
    <message>
        <source>Attach files to this activity (at most %1 each); files can also be dropped on the list.</source>
        <translation>Attach files to this activity (at most %1 each); files can also be dropped on the list.</translation>
    </message>
    <message>
        <source>Remove the file from the activity (Delete)</source>
        <translation>Remove the file from the activity (Delete)</translation>
    </message>
    <message>
        <source>Save the lead first, then attach evidence.</source>
        <translation>Save the lead first, then attach evidence.</translation>
    </message>
    <message>
        <source>%1 is already attached to this lead as %2.</source>
        <translation>%1 is already attached to this lead as %2.</translation>
    </message>
    <message>
        <source>Remove %1 from the evidence of this lead? It is deleted from the data file.</source>
        <translation>Remove %1 from the evidence of this lead? It is deleted from the data file.</translation>
    </message>
    <message>
        <source>Save the lead first; then its evidence can be attached here.</source>
        <translation>Save the lead first; then its evidence can be attached here.</translation>
    </message>
    <message>
        <source>Attach files to this lead (at most %1 each); files can also be dropped on the list.</source>
        <translation>Attach files to this lead (at most %1 each); files can also be dropped on the list.</translation>
    </message>
    <message>
        <source>Remove the file from the lead (Delete)</source>
        <translation>Remove the file from the lead (Delete)</translation>
    </message>
</context>
<context>
    <name>FieldFile</name>
    <message>
        <source>Sign in to take cases into the field.</source>
        <translation>Sign in to take cases into the field.</translation>
    </message>
    <message>
        <source>%1 is open read-only: the office must remember which cases were taken out, so that they can be brought back.</source>
        <translation>%1 is open read-only: the office must remember which cases were taken out, so that they can be brought back.</translation>
    </message>
    <message>
        <source>%1 is a field file itself: take cases into the field from the office's store.</source>
        <translation>%1 is a field file itself: take cases into the field from the office's store.</translation>
    </message>
    <message>
        <source>%1 exists already: a field file is written only as a new file. Nothing was changed.</source>
        <translation>%1 exists already: a field file is written only as a new file. Nothing was changed.</translation>
    </message>
    <message>
        <source>No case was chosen to take into the field: nothing was written.</source>
        <translation>No case was chosen to take into the field: nothing was written.</translation>
    </message>
    <message>
        <source>The field file %1 could not be made: %2 Nothing was written.</source>
        <translation>The field file %1 could not be made: %2 Nothing was written.</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 exists already.</translation>
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
    <message numerus="yes">
        <source>%n more differences between the file and its change log (see trail.differences and trail.schema_objects).</source>
        <translation><numerusform>%n more difference between the file and its change log (see trail.differences and trail.schema_objects).</numerusform><numerusform>%n more differences between the file and its change log (see trail.differences and trail.schema_objects).</numerusform></translation>
    </message>
    <message>
        <source>The change log's chain and the records against it are checked by a user of the whole server: a user of %1 reads only part of the log.</source>
        <translation>The change log's chain and the records against it are checked by a user of the whole server: a user of %1 reads only part of the log.</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Another user</source>
        <translation>Another user</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>another computer</translation>
    </message>
    <message>
        <source>%1 has this file open on %2.</source>
        <translation>%1 has this file open on %2.</translation>
    </message>
    <message>
        <source>%1 has this file open on %2 since %3.</source>
        <translation>%1 has this file open on %2 since %3.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be made: the folder cannot be written.</source>
        <translation>The lock file %1 cannot be made: the folder cannot be written.</translation>
    </message>
</context>
<context>
    <name>FileSession</name>
    <message>
        <source>Making the daily backup...</source>
        <translation>Making the daily backup...</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Backup made: %1</translation>
    </message>
    <message>
        <source>Cannot open the data file</source>
        <translation>Cannot open the data file</translation>
    </message>
    <message>
        <source>Open read-only?</source>
        <translation>Open read-only?</translation>
    </message>
    <message>
        <source>%1

Open it read-only?</source>
        <translation>%1

Open it read-only?</translation>
    </message>
    <message>
        <source>Making a backup of the data file...</source>
        <translation>Making a backup of the data file...</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>Backup not made</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>The backup was restored into %1. The previous data file is kept as %2. Sign in to the restored file.</source>
        <translation>The backup was restored into %1. The previous data file is kept as %2. Sign in to the restored file.</translation>
    </message>
    <message>
        <source>The data file is gone</source>
        <translation>The data file is gone</translation>
    </message>
    <message>
        <source>The data file %1 was removed, moved or replaced while it was open. What is open is still complete, but nothing more is saved into it until it is put back.</source>
        <translation>The data file %1 was removed, moved or replaced while it was open. What is open is still complete, but nothing more is saved into it until it is put back.</translation>
    </message>
    <message>
        <source>Put it back</source>
        <translation>Put it back</translation>
    </message>
    <message>
        <source>Save it as...</source>
        <translation>Save it as...</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Save the data file as</source>
        <translation>Save the data file as</translation>
    </message>
    <message>
        <source>Netra data files (*.netra)</source>
        <translation>Netra data files (*.netra)</translation>
    </message>
    <message>
        <source>What is open was put back in %1.</source>
        <translation>What is open was put back in %1.</translation>
    </message>
    <message>
        <source>An office server is backed up and restored on the server, by its administrator; Netra makes no backups of it on this computer.</source>
        <translation>An office server is backed up and restored on the server, by its administrator; Netra makes no backups of it on this computer.</translation>
    </message>
    <message>
        <source>The connection to the server was lost</source>
        <translation>The connection to the server was lost</translation>
    </message>
    <message>
        <source>Netra lost its connection to the office server %1.</source>
        <translation>Netra lost its connection to the office server %1.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>Connected to the server again.</translation>
    </message>
    <message>
        <source>Nothing was half-written: a change being saved when the connection broke was undone by the server, and everything saved before is intact there. What you type meanwhile in open cases and minutes is kept on this computer, even if you close Netra or it stops, and written to the server when it is connected again or when you next sign in to it here. A case itself is saved only once the server is back.</source>
        <translation>Nothing was half-written: a change being saved when the connection broke was undone by the server, and everything saved before is intact there. What you type meanwhile in open cases and minutes is kept on this computer, even if you close Netra or it stops, and written to the server when it is connected again or when you next sign in to it here. A case itself is saved only once the server is back.</translation>
    </message>
    <message>
        <source>Connected to the server again. %1</source>
        <translation>Connected to the server again. %1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Making a backup of the data file…</source>
        <translation>Making a backup of the data file…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search number, name, NIP, agency or description (Ctrl+F)</source>
        <translation>Search number, name, NIP, agency or description (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Reports and findings</source>
        <translation>Reports and findings</translation>
    </message>
    <message>
        <source>All elections</source>
        <translation>All elections</translation>
    </message>
    <message>
        <source>All violation categories</source>
        <translation>All violation categories</translation>
    </message>
    <message>
        <source>All positions</source>
        <translation>All positions</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Any deadline</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Due within 3 days</source>
        <translation>Due within 3 days</translation>
    </message>
    <message>
        <source>Received between</source>
        <translation>Received between</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Show every case (Ctrl+Shift+L)</source>
        <translation>Show every case (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>All regencies and cities</source>
        <translation>All regencies and cities</translation>
    </message>
    <message>
        <source>received %1 to %2</source>
        <translation>received %1 to %2</translation>
    </message>
    <message>
        <source>text "%1"</source>
        <translation>text "%1"</translation>
    </message>
    <message>
        <source>Showing every case.</source>
        <translation>Showing every case.</translation>
    </message>
    <message>
        <source>Filter in use: %1</source>
        <translation>Filter in use: %1</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up of %1</source>
        <translation>Follow-up of %1</translation>
    </message>
    <message>
        <source>%1
Case %2, forwarded on %3</source>
        <translation>%1
Case %2, forwarded on %3</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Authority:</translation>
    </message>
    <message>
        <source>Recommendation &amp;number:</source>
        <translation>Recommendation &amp;number:</translation>
    </message>
    <message>
        <source>issued on</source>
        <translation>issued on</translation>
    </message>
    <message>
        <source>Recommendation &amp;date:</source>
        <translation>Recommendation &amp;date:</translation>
    </message>
    <message>
        <source>Sanction &amp;recommended:</source>
        <translation>Sanction &amp;recommended:</translation>
    </message>
    <message>
        <source>e.g. Bupati Sukoharjo</source>
        <translation>e.g. Bupati Sukoharjo</translation>
    </message>
    <message>
        <source>&amp;PPK:</source>
        <translation>&amp;PPK:</translation>
    </message>
    <message>
        <source>e.g. Pemerintah Kabupaten Sukoharjo</source>
        <translation>e.g. Pemerintah Kabupaten Sukoharjo</translation>
    </message>
    <message>
        <source>PPK &amp;office:</source>
        <translation>PPK &amp;office:</translation>
    </message>
    <message>
        <source>own due date</source>
        <translation>own due date</translation>
    </message>
    <message>
        <source>Response d&amp;ue:</source>
        <translation>Response d&amp;ue:</translation>
    </message>
    <message>
        <source>PPK decision n&amp;umber:</source>
        <translation>PPK decision n&amp;umber:</translation>
    </message>
    <message>
        <source>decided on</source>
        <translation>decided on</translation>
    </message>
    <message>
        <source>PPK decision da&amp;te:</source>
        <translation>PPK decision da&amp;te:</translation>
    </message>
    <message>
        <source>Sanction &amp;imposed:</source>
        <translation>Sanction &amp;imposed:</translation>
    </message>
    <message numerus="yes">
        <source>Set for this person; the office's %n days do not apply.</source>
        <translation><numerusform>Set for this person; the office's %n day do not apply.</numerusform><numerusform>Set for this person; the office's %n days do not apply.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: the recommendation date plus %n days.</source>
        <translation><numerusform>%1: the recommendation date plus %n day.</numerusform><numerusform>%1: the recommendation date plus %n days.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n days after the recommendation.</source>
        <translation><numerusform>%n day after the recommendation.</numerusform><numerusform>%n days after the recommendation.</numerusform></translation>
    </message>
    <message>
        <source>The recommendation date (%1) is after today (%2).</source>
        <translation>The recommendation date (%1) is after today (%2).</translation>
    </message>
    <message>
        <source>The recommendation date (%1) is before the case was forwarded (%2).</source>
        <translation>The recommendation date (%1) is before the case was forwarded (%2).</translation>
    </message>
    <message>
        <source>The response due date (%1) is before the recommendation (%2).</source>
        <translation>The response due date (%1) is before the recommendation (%2).</translation>
    </message>
    <message>
        <source>The PPK decision date (%1) is after today (%2).</source>
        <translation>The PPK decision date (%1) is after today (%2).</translation>
    </message>
    <message>
        <source>A PPK decision needs the date of the recommendation it follows.</source>
        <translation>A PPK decision needs the date of the recommendation it follows.</translation>
    </message>
    <message>
        <source>The PPK decision date (%1) is before the recommendation (%2).</source>
        <translation>The PPK decision date (%1) is before the recommendation (%2).</translation>
    </message>
    <message>
        <source>A PPK decision needs the sanction imposed.</source>
        <translation>A PPK decision needs the sanction imposed.</translation>
    </message>
    <message>
        <source>A PPK decision needs its date.</source>
        <translation>A PPK decision needs its date.</translation>
    </message>
    <message>
        <source>The follow-up cannot be saved</source>
        <translation>The follow-up cannot be saved</translation>
    </message>
</context>
<context>
    <name>FollowUpState</name>
    <message>
        <source>Awaiting recommendation</source>
        <translation>Awaiting recommendation</translation>
    </message>
    <message>
        <source>Awaiting PPK</source>
        <translation>Awaiting PPK</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>Followed up, another sanction</source>
        <translation>Followed up, another sanction</translation>
    </message>
    <message>
        <source>No sanction recommended</source>
        <translation>No sanction recommended</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>The guide to this window (F1)</source>
        <translation>The guide to this window (F1)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Netra guide: %1</source>
        <translation>Netra guide: %1</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <source>Netra guide</source>
        <translation>Netra guide</translation>
    </message>
</context>
<context>
    <name>HearingDialog</name>
    <message>
        <source>Edit the clarification hearing</source>
        <translation>Edit the clarification hearing</translation>
    </message>
    <message>
        <source>New clarification hearing</source>
        <translation>New clarification hearing</translation>
    </message>
    <message>
        <source>Held &amp;online</source>
        <translation>Held &amp;online</translation>
    </message>
    <message>
        <source>e.g. Zoom, Google Meet</source>
        <translation>e.g. Zoom, Google Meet</translation>
    </message>
    <message>
        <source>why it may be held online: distance, security, no facilities, disaster</source>
        <translation>why it may be held online: distance, security, no facilities, disaster</translation>
    </message>
    <message>
        <source>e.g. Kantor Bawaslu Kabupaten, ruang rapat</source>
        <translation>e.g. Kantor Bawaslu Kabupaten, ruang rapat</translation>
    </message>
    <message>
        <source>names of the examiners, separated by commas</source>
        <translation>names of the examiners, separated by commas</translation>
    </message>
    <message>
        <source>Persons to be heard</source>
        <translation>Persons to be heard</translation>
    </message>
    <message>
        <source>Add &amp;from the case</source>
        <translation>Add &amp;from the case</translation>
    </message>
    <message>
        <source>Add a &amp;person</source>
        <translation>Add a &amp;person</translation>
    </message>
    <message>
        <source>A person who is not a party of the case (Insert)</source>
        <translation>A person who is not a party of the case (Insert)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove the selected person (Delete)</source>
        <translation>Remove the selected person (Delete)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Invitation warning</source>
        <translation>Invitation warning</translation>
    </message>
    <message>
        <source>legal counsel accompanying the person, if any</source>
        <translation>legal counsel accompanying the person, if any</translation>
    </message>
    <message>
        <source>Not delivered yet</source>
        <translation>Not delivered yet</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Deli&amp;very confirmed</source>
        <translation>Deli&amp;very confirmed</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The minutes of this person are signed.</source>
        <translation>The minutes of this person are signed.</translation>
    </message>
    <message>
        <source>A hearing held in person needs its place.</source>
        <translation>A hearing held in person needs its place.</translation>
    </message>
    <message>
        <source>An online hearing needs the platform it is held on.</source>
        <translation>An online hearing needs the platform it is held on.</translation>
    </message>
    <message>
        <source>An online hearing needs the reason it may be held online.</source>
        <translation>An online hearing needs the reason it may be held online.</translation>
    </message>
    <message>
        <source>The hearing could not be stored.</source>
        <translation>The hearing could not be stored.</translation>
    </message>
    <message>
        <source>The identity of a confidential reporter is withheld.</source>
        <translation>The identity of a confidential reporter is withheld.</translation>
    </message>
    <message>
        <source>The time in the office's zone (%1)</source>
        <translation>The time in the office's zone (%1)</translation>
    </message>
    <message>
        <source>A person of the case not yet on the list</source>
        <translation>A person of the case not yet on the list</translation>
    </message>
    <message>
        <source>Every person of the case is on the list</source>
        <translation>Every person of the case is on the list</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date and time:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <source>&amp;Why online:</source>
        <translation>&amp;Why online:</translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation>Pl&amp;ace:</translation>
    </message>
    <message>
        <source>E&amp;xaminers:</source>
        <translation>E&amp;xaminers:</translation>
    </message>
    <message>
        <source>&amp;Letter of assignment no.:</source>
        <translation>&amp;Letter of assignment no.:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Counsel:</source>
        <translation>&amp;Counsel:</translation>
    </message>
    <message>
        <source>&amp;Invitation:</source>
        <translation>&amp;Invitation:</translation>
    </message>
    <message>
        <source>Deli&amp;vered:</source>
        <translation>Deli&amp;vered:</translation>
    </message>
    <message>
        <source>Invitation &amp;sent on:</source>
        <translation>Invitation &amp;sent on:</translation>
    </message>
    <message>
        <source>Delivered o&amp;n:</source>
        <translation>Delivered o&amp;n:</translation>
    </message>
</context>
<context>
    <name>HearingListModel</name>
    <message>
        <source>online: %1</source>
        <translation>online: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Examiners</source>
        <translation>Examiners</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
</context>
<context>
    <name>HearingRepository</name>
    <message>
        <source>The hearing no longer exists in the file.</source>
        <translation>The hearing no longer exists in the file.</translation>
    </message>
    <message>
        <source>A hearing cannot move to another case.</source>
        <translation>A hearing cannot move to another case.</translation>
    </message>
    <message>
        <source>The case no longer exists in the file.</source>
        <translation>The case no longer exists in the file.</translation>
    </message>
    <message>
        <source>The hearing could not be stored: %1</source>
        <translation>The hearing could not be stored: %1</translation>
    </message>
    <message>
        <source>The minutes of %1 are signed: the hearing's date, place and examiners can no longer change. Add an addendum instead.</source>
        <translation>The minutes of %1 are signed: the hearing's date, place and examiners can no longer change. Add an addendum instead.</translation>
    </message>
    <message>
        <source>%1 is listed twice in the hearing.</source>
        <translation>%1 is listed twice in the hearing.</translation>
    </message>
    <message>
        <source>The minutes of %1 are signed: the identity, attendance and oath can no longer change. Add an addendum instead.</source>
        <translation>The minutes of %1 are signed: the identity, attendance and oath can no longer change. Add an addendum instead.</translation>
    </message>
    <message>
        <source>The minutes of %1 are signed: the person can no longer be removed from the hearing.</source>
        <translation>The minutes of %1 are signed: the person can no longer be removed from the hearing.</translation>
    </message>
    <message>
        <source>The hearing could not be saved: %1</source>
        <translation>The hearing could not be saved: %1</translation>
    </message>
    <message>
        <source>The person heard no longer exists in the file.</source>
        <translation>The person heard no longer exists in the file.</translation>
    </message>
    <message>
        <source>The minutes of %1 are signed and can no longer be changed. Add an addendum instead.</source>
        <translation>The minutes of %1 are signed and can no longer be changed. Add an addendum instead.</translation>
    </message>
    <message>
        <source>The minutes could not be read: %1</source>
        <translation>The minutes could not be read: %1</translation>
    </message>
    <message>
        <source>The minutes could not be stored: %1</source>
        <translation>The minutes could not be stored: %1</translation>
    </message>
    <message>
        <source>The change log could not be written: %1</source>
        <translation>The change log could not be written: %1</translation>
    </message>
    <message>
        <source>The minutes could not be saved: %1</source>
        <translation>The minutes could not be saved: %1</translation>
    </message>
    <message>
        <source>Record who signed the minutes, or why the person refused to sign.</source>
        <translation>Record who signed the minutes, or why the person refused to sign.</translation>
    </message>
    <message>
        <source>The minutes of %1 were already signed on %2.</source>
        <translation>The minutes of %1 were already signed on %2.</translation>
    </message>
    <message>
        <source>%1 already refused to sign the minutes on %2.</source>
        <translation>%1 already refused to sign the minutes on %2.</translation>
    </message>
    <message>
        <source>The minutes of %1 have no questions and answers to sign yet.</source>
        <translation>The minutes of %1 have no questions and answers to sign yet.</translation>
    </message>
    <message>
        <source>The signature could not be stored: %1</source>
        <translation>The signature could not be stored: %1</translation>
    </message>
    <message>
        <source>An addendum needs its text.</source>
        <translation>An addendum needs its text.</translation>
    </message>
    <message>
        <source>Only signed minutes take an addendum; until the minutes of %1 are signed, correct them directly.</source>
        <translation>Only signed minutes take an addendum; until the minutes of %1 are signed, correct them directly.</translation>
    </message>
    <message>
        <source>The addendum could not be stored: %1</source>
        <translation>The addendum could not be stored: %1</translation>
    </message>
    <message>
        <source>Unknown attendance "%1".</source>
        <translation>Unknown attendance "%1".</translation>
    </message>
    <message>
        <source>Unknown oath "%1".</source>
        <translation>Unknown oath "%1".</translation>
    </message>
    <message>
        <source>%1 was absent and cannot have taken or refused the oath.</source>
        <translation>%1 was absent and cannot have taken or refused the oath.</translation>
    </message>
    <message>
        <source>The minutes of %1 are signed: the attendance and oath can no longer change. Add an addendum instead.</source>
        <translation>The minutes of %1 are signed: the attendance and oath can no longer change. Add an addendum instead.</translation>
    </message>
    <message>
        <source>The attendance could not be stored: %1</source>
        <translation>The attendance could not be stored: %1</translation>
    </message>
    <message>
        <source>A second invitation follows an absence; %1 is not recorded as absent.</source>
        <translation>A second invitation follows an absence; %1 is not recorded as absent.</translation>
    </message>
    <message>
        <source>%1 already had a second invitation.</source>
        <translation>%1 already had a second invitation.</translation>
    </message>
    <message>
        <source>The second hearing needs a date and time.</source>
        <translation>The second hearing needs a date and time.</translation>
    </message>
    <message>
        <source>The second hearing must come after the one %1 missed.</source>
        <translation>The second hearing must come after the one %1 missed.</translation>
    </message>
    <message>
        <source>%1 is already invited to the hearing at that time.</source>
        <translation>%1 is already invited to the hearing at that time.</translation>
    </message>
    <message>
        <source>The second invitation could not be stored: %1</source>
        <translation>The second invitation could not be stored: %1</translation>
    </message>
    <message>
        <source>The second invitation could not be saved: %1</source>
        <translation>The second invitation could not be saved: %1</translation>
    </message>
    <message>
        <source>A confidential identity that is withheld from you cannot be added to a hearing.</source>
        <translation>A confidential identity that is withheld from you cannot be added to a hearing.</translation>
    </message>
</context>
<context>
    <name>HearingRules</name>
    <message>
        <source>Second invitation</source>
        <translation>Second invitation</translation>
    </message>
    <message>
        <source>First invitation</source>
        <translation>First invitation</translation>
    </message>
    <message>
        <source>The invitation to %1 reached them on %2, after the hearing on %3.</source>
        <translation>The invitation to %1 reached them on %2, after the hearing on %3.</translation>
    </message>
    <message>
        <source>The invitation to %1 was delivered on %2, less than one day before the hearing on %3.</source>
        <translation>The invitation to %1 was delivered on %2, less than one day before the hearing on %3.</translation>
    </message>
    <message>
        <source>The invitation to %1 was sent on %2, less than one day before the hearing on %3.</source>
        <translation>The invitation to %1 was sent on %2, less than one day before the hearing on %3.</translation>
    </message>
    <message>
        <source>An invitation to %1 sent today would arrive less than one day before the hearing on %2.</source>
        <translation>An invitation to %1 sent today would arrive less than one day before the hearing on %2.</translation>
    </message>
    <message>
        <source>%1 did not attend after two invitations: the case is to be decided on the evidence at hand.</source>
        <translation>%1 did not attend after two invitations: the case is to be decided on the evidence at hand.</translation>
    </message>
    <message>
        <source>The hearing needs a date and time.</source>
        <translation>The hearing needs a date and time.</translation>
    </message>
    <message>
        <source>The hearing on %1 is before the registration on %2.</source>
        <translation>The hearing on %1 is before the registration on %2.</translation>
    </message>
    <message>
        <source>The hearing on %1 is before the case was received on %2.</source>
        <translation>The hearing on %1 is before the case was received on %2.</translation>
    </message>
    <message>
        <source>An online hearing needs the platform it is held on.</source>
        <translation>An online hearing needs the platform it is held on.</translation>
    </message>
    <message>
        <source>An online hearing needs the reason it may be held online.</source>
        <translation>An online hearing needs the reason it may be held online.</translation>
    </message>
    <message>
        <source>%1 is invited twice to the same hearing.</source>
        <translation>%1 is invited twice to the same hearing.</translation>
    </message>
    <message>
        <source>A person to be heard</source>
        <translation>A person to be heard</translation>
    </message>
    <message>
        <source>Each person to be heard needs a name.</source>
        <translation>Each person to be heard needs a name.</translation>
    </message>
    <message>
        <source>%1: unknown role "%2".</source>
        <translation>%1: unknown role "%2".</translation>
    </message>
    <message>
        <source>%1: an invitation is the first or the second.</source>
        <translation>%1: an invitation is the first or the second.</translation>
    </message>
    <message>
        <source>%1: unknown way of delivery "%2".</source>
        <translation>%1: unknown way of delivery "%2".</translation>
    </message>
    <message>
        <source>%1: unknown attendance "%2".</source>
        <translation>%1: unknown attendance "%2".</translation>
    </message>
    <message>
        <source>%1: unknown oath "%2".</source>
        <translation>%1: unknown oath "%2".</translation>
    </message>
    <message>
        <source>%1 was absent and cannot have taken or refused the oath.</source>
        <translation>%1 was absent and cannot have taken or refused the oath.</translation>
    </message>
    <message>
        <source>%1: the date of birth %2 is in the future.</source>
        <translation>%1: the date of birth %2 is in the future.</translation>
    </message>
    <message>
        <source>%1 is not a person of this case.</source>
        <translation>%1 is not a person of this case.</translation>
    </message>
    <message>
        <source>A hearing held in person needs its place.</source>
        <translation>A hearing held in person needs its place.</translation>
    </message>
    <message>
        <source>The hearing starts on %1: the minutes of %2 can be signed once it has started.</source>
        <translation>The hearing starts on %1: the minutes of %2 can be signed once it has started.</translation>
    </message>
    <message>
        <source>%1 was absent: there are no minutes to sign.</source>
        <translation>%1 was absent: there are no minutes to sign.</translation>
    </message>
    <message>
        <source>The attendance of %1 is not recorded: record the person as present or represented before the minutes are signed.</source>
        <translation>The attendance of %1 is not recorded: record the person as present or represented before the minutes are signed.</translation>
    </message>
    <message>
        <source>The NIP %1 gives %2 as the date of birth; check the date typed or the NIP.</source>
        <translation>The NIP %1 gives %2 as the date of birth; check the date typed or the NIP.</translation>
    </message>
    <message>
        <source>%1: the invitation was sent on %2, before the registration on %3.</source>
        <translation>%1: the invitation was sent on %2, before the registration on %3.</translation>
    </message>
    <message>
        <source>%1: the invitation was delivered on %2, before it was sent on %3.</source>
        <translation>%1: the invitation was delivered on %2, before it was sent on %3.</translation>
    </message>
</context>
<context>
    <name>HearingsPanel</name>
    <message>
        <source>Attendance of %1</source>
        <translation>Attendance of %1</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Attendance</translation>
    </message>
    <message>
        <source>&amp;Oath</source>
        <translation>&amp;Oath</translation>
    </message>
    <message>
        <source>Sche&amp;duled hearings</source>
        <translation>Sche&amp;duled hearings</translation>
    </message>
    <message>
        <source>Persons i&amp;nvited (Enter opens the minutes)</source>
        <translation>Persons i&amp;nvited (Enter opens the minutes)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Counsel</source>
        <translation>Counsel</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>Delivered on</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Oath</source>
        <translation>Oath</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>New hearing</source>
        <translation>New hearing</translation>
    </message>
    <message>
        <source>Edit hearing</source>
        <translation>Edit hearing</translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation>Attendance…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, confirmed</source>
        <translation>%1, confirmed</translation>
    </message>
    <message>
        <source>%1, not confirmed</source>
        <translation>%1, not confirmed</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation><numerusform>%n question</numerusform><numerusform>%n questions</numerusform></translation>
    </message>
    <message>
        <source>not delivered yet</source>
        <translation>not delivered yet</translation>
    </message>
    <message>
        <source>The attendance was not recorded</source>
        <translation>The attendance was not recorded</translation>
    </message>
    <message>
        <source>Second invitation</source>
        <translation>Second invitation</translation>
    </message>
    <message>
        <source>%1 did not attend the hearing of %2. Send the second invitation? If %1 stays away again, the case is decided on the evidence at hand.</source>
        <translation>%1 did not attend the hearing of %2. Send the second invitation? If %1 stays away again, the case is decided on the evidence at hand.</translation>
    </message>
    <message>
        <source>&amp;Send the second invitation</source>
        <translation>&amp;Send the second invitation</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Not now</translation>
    </message>
    <message>
        <source>The second invitation was not recorded</source>
        <translation>The second invitation was not recorded</translation>
    </message>
    <message>
        <source>C&amp;lerks...</source>
        <translation>C&amp;lerks...</translation>
    </message>
    <message>
        <source>The clerks who keep this case's hearings and minutes</source>
        <translation>The clerks who keep this case's hearings and minutes</translation>
    </message>
    <message>
        <source>No clerk assigned</source>
        <translation>No clerk assigned</translation>
    </message>
    <message>
        <source>Clerks: %1</source>
        <translation>Clerks: %1</translation>
    </message>
    <message>
        <source>Clerks of the case</source>
        <translation>Clerks of the case</translation>
    </message>
    <message>
        <source>Tick the clerks who keep this case's hearings and type their minutes.</source>
        <translation>Tick the clerks who keep this case's hearings and type their minutes.</translation>
    </message>
    <message>
        <source>The file has no user with the clerk role yet; the administrator adds them.</source>
        <translation>The file has no user with the clerk role yet; the administrator adds them.</translation>
    </message>
    <message>
        <source>The clerks were not assigned</source>
        <translation>The clerks were not assigned</translation>
    </message>
    <message>
        <source>Second &amp;hearing on:</source>
        <translation>Second &amp;hearing on:</translation>
    </message>
    <message>
        <source>Refused to sign</source>
        <translation>Refused to sign</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Empty</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>HolidayRepository</name>
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
</context>
<context>
    <name>ImportCsvWizard</name>
    <message>
        <source>Choose the register</source>
        <translation>Choose the register</translation>
    </message>
    <message>
        <source>A CSV file with one row per person reported, separated by commas or semicolons.</source>
        <translation>A CSV file with one row per person reported, separated by commas or semicolons.</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <source>Import CSV register</source>
        <translation>Import CSV register</translation>
    </message>
    <message>
        <source>CSV registers (*.csv);;All files (*)</source>
        <translation>CSV registers (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <source>The file's headers differ from the register's columns. Choose the column each header holds, or ignore it.</source>
        <translation>The file's headers differ from the register's columns. Choose the column each header holds, or ignore it.</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Header in the file</translation>
    </message>
    <message>
        <source>Register column</source>
        <translation>Register column</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>The column %1 is chosen for more than one header.</source>
        <translation>The column %1 is chosen for more than one header.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>A trial run: nothing has been written yet.</source>
        <translation>A trial run: nothing has been written yet.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancel the import</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB; it is not read.</source>
        <translation>The file is larger than %1 MiB; it is not read.</translation>
    </message>
    <message>
        <source>The first row of the file cannot be read as a header.</source>
        <translation>The first row of the file cannot be read as a header.</translation>
    </message>
    <message>
        <source>The register cannot be read: %1</source>
        <translation>The register cannot be read: %1</translation>
    </message>
    <message>
        <source>%1 rows read. %2 cases will be added; %3 are already in the file and will be skipped; %4 cases are refused.</source>
        <translation>%1 rows read. %2 cases will be added; %3 are already in the file and will be skipped; %4 cases are refused.</translation>
    </message>
    <message>
        <source>Columns not read: %1</source>
        <translation>Columns not read: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>The import was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>%1 cases added; %2 already in the file were skipped; %3 cases refused.</source>
        <translation>%1 cases added; %2 already in the file were skipped; %3 cases refused.</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is a folder, not a file.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe or a device); it is not read.</source>
        <translation>%1 is not a regular file (a pipe or a device); it is not read.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>The confidential identity can only be made public by a coordinator who holds the key to the identities.</source>
        <translation>The confidential identity can only be made public by a coordinator who holds the key to the identities.</translation>
    </message>
    <message>
        <source>Your key to the confidential identities has not been given to you yet: it is given when another coordinator who holds it signs in, or with the recovery key (netra-cli keys).</source>
        <translation>Your key to the confidential identities has not been given to you yet: it is given when another coordinator who holds it signs in, or with the recovery key (netra-cli keys).</translation>
    </message>
    <message>
        <source>The user's key could not be made (out of memory?).</source>
        <translation>The user's key could not be made (out of memory?).</translation>
    </message>
    <message>
        <source>Only someone who holds the key to the identities can give it.</source>
        <translation>Only someone who holds the key to the identities can give it.</translation>
    </message>
    <message>
        <source>%1 has no key yet: %1 must sign in once (on a file opened for writing) before being given the key to the identities.</source>
        <translation>%1 has no key yet: %1 must sign in once (on a file opened for writing) before being given the key to the identities.</translation>
    </message>
    <message>
        <source>Only an administrator or a coordinator can encrypt the identities of this file.</source>
        <translation>Only an administrator or a coordinator can encrypt the identities of this file.</translation>
    </message>
    <message>
        <source>The identities of this file are already encrypted.</source>
        <translation>The identities of this file are already encrypted.</translation>
    </message>
    <message>
        <source>The keys could not be made (out of memory?).</source>
        <translation>The keys could not be made (out of memory?).</translation>
    </message>
    <message>
        <source>The identities of this file are not encrypted yet: there is no key to give.</source>
        <translation>The identities of this file are not encrypted yet: there is no key to give.</translation>
    </message>
    <message>
        <source>This is not the recovery key of this file (check each group of letters and digits). Nothing was changed.</source>
        <translation>This is not the recovery key of this file (check each group of letters and digits). Nothing was changed.</translation>
    </message>
    <message>
        <source>There is no user %1 in this file.</source>
        <translation>There is no user %1 in this file.</translation>
    </message>
    <message>
        <source>Only an active coordinator can be given the key to the identities; %1 is not one.</source>
        <translation>Only an active coordinator can be given the key to the identities; %1 is not one.</translation>
    </message>
    <message>
        <source>Only a coordinator who holds the key to the identities can make a new recovery key.</source>
        <translation>Only a coordinator who holds the key to the identities can make a new recovery key.</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <source>New supervision lead</source>
        <translation>New supervision lead</translation>
    </message>
    <message>
        <source>Supervision lead</source>
        <translation>Supervision lead</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>Address of the post, account, or place</source>
        <translation>Address of the post, account, or place</translation>
    </message>
    <message>
        <source>Source &amp;detail:</source>
        <translation>Source &amp;detail:</translation>
    </message>
    <message>
        <source>&amp;Regency or city:</source>
        <translation>&amp;Regency or city:</translation>
    </message>
    <message>
        <source>One person a line, when known</source>
        <translation>One person a line, when known</translation>
    </message>
    <message>
        <source>&amp;Persons concerned:</source>
        <translation>&amp;Persons concerned:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription:</translation>
    </message>
    <message>
        <source>&amp;Informant:</source>
        <translation>&amp;Informant:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontact:</translation>
    </message>
    <message>
        <source>Keep the informant's identity &amp;confidential</source>
        <translation>Keep the informant's identity &amp;confidential</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tracing note</source>
        <translation>Tracing note</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;te:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Add &amp;tracing note</source>
        <translation>Add &amp;tracing note</translation>
    </message>
    <message>
        <source>Tracing</source>
        <translation>Tracing</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>The lead is closed and can no longer be changed.</source>
        <translation>The lead is closed and can no longer be changed.</translation>
    </message>
    <message>
        <source>Not pursued since %1: %2</source>
        <translation>Not pursued since %1: %2</translation>
    </message>
    <message>
        <source>Became the finding %1, found on %2.</source>
        <translation>Became the finding %1, found on %2.</translation>
    </message>
    <message>
        <source>The lead cannot be saved</source>
        <translation>The lead cannot be saved</translation>
    </message>
    <message>
        <source>The tracing note cannot be saved</source>
        <translation>The tracing note cannot be saved</translation>
    </message>
</context>
<context>
    <name>LeadRepository</name>
    <message>
        <source>The lead no longer exists in the file.</source>
        <translation>The lead no longer exists in the file.</translation>
    </message>
    <message>
        <source>The lead is closed (%1) and can no longer be changed.</source>
        <translation>The lead is closed (%1) and can no longer be changed.</translation>
    </message>
    <message>
        <source>The lead could not be saved: %1</source>
        <translation>The lead could not be saved: %1</translation>
    </message>
    <message>
        <source>Write what the tracing found.</source>
        <translation>Write what the tracing found.</translation>
    </message>
    <message>
        <source>The tracing note could not be saved: %1</source>
        <translation>The tracing note could not be saved: %1</translation>
    </message>
    <message>
        <source>The lead could not be closed: %1</source>
        <translation>The lead could not be closed: %1</translation>
    </message>
    <message>
        <source>Give the reason why the lead is not pursued.</source>
        <translation>Give the reason why the lead is not pursued.</translation>
    </message>
    <message>
        <source>No finding case with the UUID %1 in this file.</source>
        <translation>No finding case with the UUID %1 in this file.</translation>
    </message>
    <message>
        <source>The finding already came from another lead (%1).</source>
        <translation>The finding already came from another lead (%1).</translation>
    </message>
    <message>
        <source>The lead could not be removed: %1</source>
        <translation>The lead could not be removed: %1</translation>
    </message>
</context>
<context>
    <name>LeadValidator</name>
    <message>
        <source>Choose where the lead came from.</source>
        <translation>Choose where the lead came from.</translation>
    </message>
    <message>
        <source>Give the date of the lead.</source>
        <translation>Give the date of the lead.</translation>
    </message>
    <message>
        <source>The date of the lead (%1) is in the future.</source>
        <translation>The date of the lead (%1) is in the future.</translation>
    </message>
    <message>
        <source>Choose the regency of the lead.</source>
        <translation>Choose the regency of the lead.</translation>
    </message>
    <message>
        <source>Describe what the lead says.</source>
        <translation>Describe what the lead says.</translation>
    </message>
    <message>
        <source>Only a lead from a member of the public names an informant.</source>
        <translation>Only a lead from a member of the public names an informant.</translation>
    </message>
    <message>
        <source>Give the %1.</source>
        <translation>Give the %1.</translation>
    </message>
    <message>
        <source>The %1 (%2) is in the future.</source>
        <translation>The %1 (%2) is in the future.</translation>
    </message>
    <message>
        <source>The %1 (%2) cannot be before the date of the lead (%3).</source>
        <translation>The %1 (%2) cannot be before the date of the lead (%3).</translation>
    </message>
    <message>
        <source>date of the tracing note</source>
        <translation>date of the tracing note</translation>
    </message>
    <message>
        <source>date the lead was closed</source>
        <translation>date the lead was closed</translation>
    </message>
    <message>
        <source>date the finding was found</source>
        <translation>date the finding was found</translation>
    </message>
</context>
<context>
    <name>LeadsWindow</name>
    <message>
        <source>Supervision leads</source>
        <translation>Supervision leads</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Concerning</translation>
    </message>
    <message>
        <source>Regency or city</source>
        <translation>Regency or city</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Not pursued…</source>
        <translation>&amp;Not pursued…</translation>
    </message>
    <message>
        <source>&amp;Turn into finding…</source>
        <translation>&amp;Turn into finding…</translation>
    </message>
    <message>
        <source>Open &amp;finding</source>
        <translation>Open &amp;finding</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation><numerusform>%Ln lead</numerusform><numerusform>%Ln leads</numerusform></translation>
    </message>
    <message>
        <source>Remove lead</source>
        <translation>Remove lead</translation>
    </message>
    <message>
        <source>Remove the lead of %1 with its notes and evidence? It is deleted from the data file; the change log keeps what it held.</source>
        <translation>Remove the lead of %1 with its notes and evidence? It is deleted from the data file; the change log keeps what it held.</translation>
    </message>
    <message>
        <source>The lead cannot be removed</source>
        <translation>The lead cannot be removed</translation>
    </message>
    <message>
        <source>Select a lead first.</source>
        <translation>Select a lead first.</translation>
    </message>
    <message>
        <source>Lead not pursued</source>
        <translation>Lead not pursued</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>The lead cannot be closed</source>
        <translation>The lead cannot be closed</translation>
    </message>
    <message>
        <source>Turn into finding</source>
        <translation>Turn into finding</translation>
    </message>
    <message>
        <source>A new finding case is made from the lead. Its seven days to be set count from the date it was found.</source>
        <translation>A new finding case is made from the lead. Its seven days to be set count from the date it was found.</translation>
    </message>
    <message>
        <source>&amp;Found on:</source>
        <translation>&amp;Found on:</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>&amp;Election:</translation>
    </message>
    <message>
        <source>&amp;Violation category:</source>
        <translation>&amp;Violation category:</translation>
    </message>
    <message>
        <source>The lead cannot be turned into a finding</source>
        <translation>The lead cannot be turned into a finding</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>NIP %1</source>
        <translation>NIP %1</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>decided</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>Decision %1</translation>
    </message>
    <message>
        <source>PPK not recorded yet</source>
        <translation>PPK not recorded yet</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n outstanding</source>
        <translation><numerusform>%n outstanding</numerusform><numerusform>%n outstanding</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation><numerusform>%n late</numerusform><numerusform>%n late</numerusform></translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Person reported</source>
        <translation>Person reported</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Sanction recommended</source>
        <translation>Sanction recommended</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Response due</translation>
    </message>
    <message>
        <source>PPK decision</source>
        <translation>PPK decision</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
</context>
<context>
    <name>LedgerRepository</name>
    <message>
        <source>A PPK's response time must be between %1 and %2 days; %3 is not.</source>
        <translation>A PPK's response time must be between %1 and %2 days; %3 is not.</translation>
    </message>
    <message>
        <source>The case no longer exists in the file.</source>
        <translation>The case no longer exists in the file.</translation>
    </message>
    <message>
        <source>The follow-up belongs to a person reported in another case.</source>
        <translation>The follow-up belongs to a person reported in another case.</translation>
    </message>
    <message>
        <source>The follow-up could not be stored: %1</source>
        <translation>The follow-up could not be stored: %1</translation>
    </message>
</context>
<context>
    <name>LedgerWindow</name>
    <message>
        <source>Follow-up ledger</source>
        <translation>Follow-up ledger</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Late only</source>
        <translation>Late only</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Outstanding: waiting for the recommendation or for the PPK, or late.</source>
        <translation>Outstanding: waiting for the recommendation or for the PPK, or late.</translation>
    </message>
    <message>
        <source>PPK &amp;response time:</source>
        <translation>PPK &amp;response time:</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Days a PPK has to act on a recommendation, unless a follow-up sets its own due date.</source>
        <translation>Days a PPK has to act on a recommendation, unless a follow-up sets its own due date.</translation>
    </message>
    <message>
        <source>&amp;Edit follow-up…</source>
        <translation>&amp;Edit follow-up…</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <source>&amp;Request follow-up letter…</source>
        <translation>&amp;Request follow-up letter…</translation>
    </message>
    <message>
        <source>Print a letter asking the selected PPK to act on its outstanding recommendations</source>
        <translation>Print a letter asking the selected PPK to act on its outstanding recommendations</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message numerus="yes">
        <source>%n outstanding</source>
        <translation><numerusform>%n outstanding</numerusform><numerusform>%n outstanding</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation><numerusform>%n late</numerusform><numerusform>%n late</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n persons in forwarded cases</source>
        <translation><numerusform>%n person in forwarded cases</numerusform><numerusform>%n persons in forwarded cases</numerusform></translation>
    </message>
    <message>
        <source>Follow-up saved.</source>
        <translation>Follow-up saved.</translation>
    </message>
    <message>
        <source>Response time not changed</source>
        <translation>Response time not changed</translation>
    </message>
    <message>
        <source>Select a PPK with outstanding recommendations first.</source>
        <translation>Select a PPK with outstanding recommendations first.</translation>
    </message>
    <message>
        <source>The letter cannot be printed</source>
        <translation>The letter cannot be printed</translation>
    </message>
    <message>
        <source>PDF on A4 paper (*.pdf)</source>
        <translation>PDF on A4 paper (*.pdf)</translation>
    </message>
    <message>
        <source>PDF on F4 paper (*.pdf)</source>
        <translation>PDF on F4 paper (*.pdf)</translation>
    </message>
    <message>
        <source>The letter cannot be exported</source>
        <translation>The letter cannot be exported</translation>
    </message>
    <message>
        <source>Letter saved to %1.</source>
        <translation>Letter saved to %1.</translation>
    </message>
    <message>
        <source>Issue letter</source>
        <translation>Issue letter</translation>
    </message>
    <message>
        <source>Issue the letter to this PPK? It takes the next number of the letter book and today's date.</source>
        <translation>Issue the letter to this PPK? It takes the next number of the letter book and today's date.</translation>
    </message>
    <message>
        <source>The letter cannot be issued</source>
        <translation>The letter cannot be issued</translation>
    </message>
    <message>
        <source>&amp;Issue letter</source>
        <translation>&amp;Issue letter</translation>
    </message>
    <message>
        <source>Give the letter its number from the letter book; until then it prints as a draft (KONSEP)</source>
        <translation>Give the letter its number from the letter book; until then it prints as a draft (KONSEP)</translation>
    </message>
    <message>
        <source>Letter issued with the number %1.</source>
        <translation>Letter issued with the number %1.</translation>
    </message>
    <message>
        <source>Export to E&amp;xcel…</source>
        <translation>Export to E&amp;xcel…</translation>
    </message>
    <message>
        <source>Write the persons shown as an Excel workbook (XLSX)</source>
        <translation>Write the persons shown as an Excel workbook (XLSX)</translation>
    </message>
    <message>
        <source>Export the follow-up ledger</source>
        <translation>Export the follow-up ledger</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>The ledger cannot be exported</source>
        <translation>The ledger cannot be exported</translation>
    </message>
    <message numerus="yes">
        <source>%n persons written to %1.</source>
        <translation><numerusform>%n person written to %1.</numerusform><numerusform>%n persons written to %1.</numerusform></translation>
    </message>
    <message>
        <source>Save letter as &amp;PDF…</source>
        <translation>Save letter as &amp;PDF…</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Save letter as PDF</translation>
    </message>
</context>
<context>
    <name>LedgerXlsx</name>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Regency</source>
        <translation>Regency</translation>
    </message>
    <message>
        <source>Person reported</source>
        <translation>Person reported</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Forwarded on</source>
        <translation>Forwarded on</translation>
    </message>
    <message>
        <source>Recommendation number</source>
        <translation>Recommendation number</translation>
    </message>
    <message>
        <source>Recommendation date</source>
        <translation>Recommendation date</translation>
    </message>
    <message>
        <source>Sanction recommended</source>
        <translation>Sanction recommended</translation>
    </message>
    <message>
        <source>PPK</source>
        <translation>PPK</translation>
    </message>
    <message>
        <source>PPK office</source>
        <translation>PPK office</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Response due</translation>
    </message>
    <message>
        <source>PPK decision number</source>
        <translation>PPK decision number</translation>
    </message>
    <message>
        <source>PPK decision date</source>
        <translation>PPK decision date</translation>
    </message>
    <message>
        <source>Sanction imposed</source>
        <translation>Sanction imposed</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>Follow-up ledger</source>
        <translation>Follow-up ledger</translation>
    </message>
    <message>
        <source>%1 (code)</source>
        <translation>%1 (code)</translation>
    </message>
</context>
<context>
    <name>LetterBook</name>
    <message>
        <source>The letter cannot be issued: it is not a letter of the book.</source>
        <translation>The letter cannot be issued: it is not a letter of the book.</translation>
    </message>
    <message>
        <source>The letter number pattern of the office settings cannot number letters: %1</source>
        <translation>The letter number pattern of the office settings cannot number letters: %1</translation>
    </message>
    <message>
        <source>No letter number could be assigned: %1</source>
        <translation>No letter number could be assigned: %1</translation>
    </message>
    <message>
        <source>The letter number %1 is already in the letter book; change the letter number pattern in the office settings.</source>
        <translation>The letter number %1 is already in the letter book; change the letter number pattern in the office settings.</translation>
    </message>
    <message>
        <source>The letter could not be issued: %1</source>
        <translation>The letter could not be issued: %1</translation>
    </message>
    <message>
        <source>The letter was not issued: on this server a letter that belongs to no case is kept to the office that issues it, and your account belongs to no office (no regency or province is its scope). An administrator of the server gives your account its office.</source>
        <translation>The letter was not issued: on this server a letter that belongs to no case is kept to the office that issues it, and your account belongs to no office (no regency or province is its scope). An administrator of the server gives your account its office.</translation>
    </message>
</context>
<context>
    <name>LetterBookWindow</name>
    <message>
        <source>Outgoing letter book</source>
        <translation>Outgoing letter book</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation><numerusform>%n letter</numerusform><numerusform>%n letters</numerusform></translation>
    </message>
    <message>
        <source>Export letter book as XLSX</source>
        <translation>Export letter book as XLSX</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Spreadsheets (*.xlsx)</translation>
    </message>
    <message>
        <source>The letter book cannot be exported</source>
        <translation>The letter book cannot be exported</translation>
    </message>
    <message>
        <source>No letter was issued in %1.</source>
        <translation>No letter was issued in %1.</translation>
    </message>
    <message>
        <source>No letter was issued yet.</source>
        <translation>No letter was issued yet.</translation>
    </message>
    <message>
        <source>A letter is entered here with its number when it is issued from a case's documents, the ledger or a prevention activity.</source>
        <translation>A letter is entered here with its number when it is issued from a case's documents, the ledger or a prevention activity.</translation>
    </message>
    <message>
        <source>Export to E&amp;xcel…</source>
        <translation>Export to E&amp;xcel…</translation>
    </message>
</context>
<context>
    <name>LocalSpool</name>
    <message numerus="yes">
        <source>the minutes of %n person(s) heard</source>
        <translation><numerusform>the minutes of %n person heard</numerusform><numerusform>the minutes of %n persons heard</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved case edit(s), offered again when the case is opened</source>
        <translation><numerusform>%n unsaved case edit, offered again when the case is opened</numerusform><numerusform>%n unsaved case edits, offered again when the case is opened</numerusform></translation>
    </message>
    <message>
        <source>Written to the server from this computer: %1.</source>
        <translation>Written to the server from this computer: %1.</translation>
    </message>
    <message>
        <source>The minutes of %1 were changed on another computer meanwhile: what you typed is kept beside them and shown when they are opened.</source>
        <translation>The minutes of %1 were changed on another computer meanwhile: what you typed is kept beside them and shown when they are opened.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) typed while the server was away could not be written yet and stay on this computer: %1</source>
        <translation><numerusform>%n entry typed while the server was away could not be written yet and stay on this computer: %1</numerusform><numerusform>%n entries typed while the server was away could not be written yet and stay on this computer: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the identity of %n person(s) heard</source>
        <translation><numerusform>the identity of %n person heard</numerusform><numerusform>the identity of %n persons heard</numerusform></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>New data file: its administrator</source>
        <translation>New data file: its administrator</translation>
    </message>
    <message>
        <source>%1 has no users yet. Create its administrator, who adds the other users and chooses their roles.</source>
        <translation>%1 has no users yet. Create its administrator, who adds the other users and chooses their roles.</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Create and sign in</translation>
    </message>
    <message>
        <source>Sign in - Netra</source>
        <translation>Sign in - Netra</translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation>Sign in to %1.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Locked - Netra</source>
        <translation>Locked - Netra</translation>
    </message>
    <message>
        <source>Netra was locked after a time without use. Enter your password to go on where you left off, or close the file.</source>
        <translation>Netra was locked after a time without use. Enter your password to go on where you left off, or close the file.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Close the file</source>
        <translation>Close the file</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation><numerusform>You can try again in %n second.</numerusform><numerusform>You can try again in %n seconds.</numerusform></translation>
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
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>New &amp;report...</source>
        <translation>New &amp;report...</translation>
    </message>
    <message>
        <source>New &amp;finding...</source>
        <translation>New &amp;finding...</translation>
    </message>
    <message>
        <source>&amp;Open the selected case (Enter)</source>
        <translation>&amp;Open the selected case (Enter)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Today's deadlines</source>
        <translation>&amp;Today's deadlines</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Office &amp;settings...</source>
        <translation>Office &amp;settings...</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistics</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Recap...</source>
        <translation>&amp;Recap...</translation>
    </message>
    <message>
        <source>&amp;Follow-up ledger</source>
        <translation>&amp;Follow-up ledger</translation>
    </message>
    <message>
        <source>&amp;Import CSV register...</source>
        <translation>&amp;Import CSV register...</translation>
    </message>
    <message>
        <source>Export &amp;package...</source>
        <translation>Export &amp;package...</translation>
    </message>
    <message>
        <source>Import p&amp;ackage...</source>
        <translation>Import p&amp;ackage...</translation>
    </message>
    <message>
        <source>%1 cases written to %2.</source>
        <translation>%1 cases written to %2.</translation>
    </message>
    <message>
        <source>&amp;Users...</source>
        <translation>&amp;Users...</translation>
    </message>
    <message>
        <source>Change my pass&amp;word...</source>
        <translation>Change my pass&amp;word...</translation>
    </message>
    <message>
        <source>Sign &amp;out / switch user...</source>
        <translation>Sign &amp;out / switch user...</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup...</source>
        <translation>&amp;Restore from backup...</translation>
    </message>
    <message>
        <source>%1 (read-only) - Netra</source>
        <translation>%1 (read-only) - Netra</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>No data file opened yet</source>
        <translation>No data file opened yet</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Clear the list</translation>
    </message>
    <message>
        <source>Outgoing &amp;letter book</source>
        <translation>Outgoing &amp;letter book</translation>
    </message>
    <message>
        <source>Confidential identities not yet encrypted</source>
        <translation>Confidential identities not yet encrypted</translation>
    </message>
    <message>
        <source>Connect to a ser&amp;ver...</source>
        <translation>Connect to a ser&amp;ver...</translation>
    </message>
    <message>
        <source>&amp;Export register (Excel, CSV)...</source>
        <translation>&amp;Export register (Excel, CSV)...</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel or LibreOffice set to Indonesian, semicolons (*.csv)</source>
        <translation>CSV for Excel or LibreOffice set to Indonesian, semicolons (*.csv)</translation>
    </message>
    <message>
        <source>CSV register, commas (*.csv)</source>
        <translation>CSV register, commas (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Export the register: %n cases shown</source>
        <translation><numerusform>Export the register: %n case shown</numerusform><numerusform>Export the register: %n cases shown</numerusform></translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Export the register</translation>
    </message>
    <message>
        <source>Take cases into the &amp;field...</source>
        <translation>Take cases into the &amp;field...</translation>
    </message>
    <message>
        <source>The cases the register shows, into a new data file for a field hearing</source>
        <translation>The cases the register shows, into a new data file for a field hearing</translation>
    </message>
    <message>
        <source>Take cases into the field</source>
        <translation>Take cases into the field</translation>
    </message>
    <message>
        <source>The register shows no case. Filter or search it to the cases to take, then try again.</source>
        <translation>The register shows no case. Filter or search it to the cases to take, then try again.</translation>
    </message>
    <message numerus="yes">
        <source>Take the %n case(s) the register shows into the field? They are written to a new data file, with the office's settings and holidays; you and the clerks assigned to them sign in there with your passwords. Confidential identities stay here.</source>
        <translation><numerusform>Take the %n case the register shows into the field? They are written to a new data file, with the office's settings and holidays; you and the clerks assigned to them sign in there with your passwords. Confidential identities stay here.</numerusform><numerusform>Take the %n cases the register shows into the field? They are written to a new data file, with the office's settings and holidays; you and the clerks assigned to them sign in there with your passwords. Confidential identities stay here.</numerusform></translation>
    </message>
    <message>
        <source>Field %1 %2.netra</source>
        <translation>Field %1 %2.netra</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) taken into the field: %1</source>
        <translation><numerusform>%n case taken into the field: %1</numerusform><numerusform>%n cases taken into the field: %1</numerusform></translation>
    </message>
    <message>
        <source>Open it on the field laptop with File &gt; Open data file (signing in: %1). To bring the cases back, export a package from it (File &gt; Export package) and import that package here; a case changed on both sides is listed to be settled.</source>
        <translation>Open it on the field laptop with File &gt; Open data file (signing in: %1). To bring the cases back, export a package from it (File &gt; Export package) and import that package here; a case changed on both sides is listed to be settled.</translation>
    </message>
    <message>
        <source>&amp;Prevention activities…</source>
        <translation>&amp;Prevention activities…</translation>
    </message>
    <message>
        <source>&amp;Track record…</source>
        <translation>&amp;Track record…</translation>
    </message>
    <message>
        <source>&amp;Print the list of cases...</source>
        <translation>&amp;Print the list of cases...</translation>
    </message>
    <message>
        <source>Print the list of cases</source>
        <translation>Print the list of cases</translation>
    </message>
    <message numerus="yes">
        <source>The list holds %Ln case(s), some %1 pages, and takes a while to prepare. Print it whole, or narrow the register with the filter first?</source>
        <translation><numerusform>The list holds %Ln case, some %1 pages, and takes a while to prepare. Print it whole, or narrow the register with the filter first?</numerusform><numerusform>The list holds %Ln cases, some %1 pages, and takes a while to prepare. Print it whole, or narrow the register with the filter first?</numerusform></translation>
    </message>
    <message>
        <source>&amp;Print the whole list</source>
        <translation>&amp;Print the whole list</translation>
    </message>
    <message>
        <source>Super&amp;vision leads…</source>
        <translation>Super&amp;vision leads…</translation>
    </message>
</context>
<context>
    <name>MinutesWindow</name>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>&amp;Next question</translation>
    </message>
    <message>
        <source>Move question &amp;up</source>
        <translation>Move question &amp;up</translation>
    </message>
    <message>
        <source>Move question &amp;down</source>
        <translation>Move question &amp;down</translation>
    </message>
    <message>
        <source>&amp;Remove empty question</source>
        <translation>&amp;Remove empty question</translation>
    </message>
    <message>
        <source>Read &amp;back in large type</source>
        <translation>Read &amp;back in large type</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Sign…</translation>
    </message>
    <message>
        <source>Add &amp;addendum…</source>
        <translation>Add &amp;addendum…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Identity of the person heard</source>
        <translation>Identity of the person heard</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Questions and answers</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>The person heard no longer exists in the file.</source>
        <translation>The person heard no longer exists in the file.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) recovered from the file; the last was saved at %1.</source>
        <translation><numerusform>%n question recovered from the file; the last was saved at %1.</numerusform><numerusform>%n questions recovered from the file; the last was saved at %1.</numerusform></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Remove a question</source>
        <translation>Remove a question</translation>
    </message>
    <message>
        <source>Question %1 and its answer hold text. Remove them from the minutes?</source>
        <translation>Question %1 and its answer hold text. Remove them from the minutes?</translation>
    </message>
    <message>
        <source>The last answer: Ctrl+Return starts the next question.</source>
        <translation>The last answer: Ctrl+Return starts the next question.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>The minutes are not saved</source>
        <translation>The minutes are not saved</translation>
    </message>
    <message>
        <source>The last changes could not be written to the file:
%1

Close anyway and lose them?</source>
        <translation>The last changes could not be written to the file:
%1

Close anyway and lose them?</translation>
    </message>
    <message>
        <source>Minutes: %1 — Netra</source>
        <translation>Minutes: %1 — Netra</translation>
    </message>
    <message>
        <source>Minutes of the clarification of %1 (%2)</source>
        <translation>Minutes of the clarification of %1 (%2)</translation>
    </message>
    <message>
        <source>%1, online: %2</source>
        <translation>%1, online: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Examiners: %1</source>
        <translation>Examiners: %1</translation>
    </message>
    <message>
        <source>Letter of assignment no. %1</source>
        <translation>Letter of assignment no. %1</translation>
    </message>
    <message>
        <source>counsel: %1</source>
        <translation>counsel: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation><numerusform>%n year</numerusform><numerusform>%n years</numerusform></translation>
    </message>
    <message>
        <source>Signed: read-only · F11: read back · Ctrl+Shift+A: addendum</source>
        <translation>Signed: read-only · F11: read back · Ctrl+Shift+A: addendum</translation>
    </message>
    <message>
        <source>Ctrl+Return: next question · Tab: question → answer · Ctrl+Up/Down: move · F11: read back</source>
        <translation>Ctrl+Return: next question · Tab: question → answer · Ctrl+Up/Down: move · F11: read back</translation>
    </message>
    <message>
        <source>%1 refused to sign on %2. Reason: %3</source>
        <translation>%1 refused to sign on %2. Reason: %3</translation>
    </message>
    <message>
        <source>Signed by %1.</source>
        <translation>Signed by %1.</translation>
    </message>
    <message>
        <source>Signed on %1 by %2.</source>
        <translation>Signed on %1 by %2.</translation>
    </message>
    <message>
        <source>The signed minutes cannot change; add an addendum (Ctrl+Shift+A) to correct them.</source>
        <translation>The signed minutes cannot change; add an addendum (Ctrl+Shift+A) to correct them.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Addendum of %1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Addendum of %1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Place and date of birth: %1</source>
        <translation>Place and date of birth: %1</translation>
    </message>
    <message>
        <source>Age: %1</source>
        <translation>Age: %1</translation>
    </message>
    <message>
        <source>Occupation: %1</source>
        <translation>Occupation: %1</translation>
    </message>
    <message>
        <source>Religion: %1</source>
        <translation>Religion: %1</translation>
    </message>
    <message>
        <source>Nationality: %1</source>
        <translation>Nationality: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Save the minutes before signing them: %1</source>
        <translation>Save the minutes before signing them: %1</translation>
    </message>
    <message>
        <source>Sign the minutes</source>
        <translation>Sign the minutes</translation>
    </message>
    <message>
        <source>The minutes were read back and &amp;signed</source>
        <translation>The minutes were read back and &amp;signed</translation>
    </message>
    <message>
        <source>%1 &amp;refused to sign</source>
        <translation>%1 &amp;refused to sign</translation>
    </message>
    <message>
        <source>Once signed, the minutes can no longer change; corrections go into dated addenda.</source>
        <translation>Once signed, the minutes can no longer change; corrections go into dated addenda.</translation>
    </message>
    <message>
        <source>Record why the person refused to sign.</source>
        <translation>Record why the person refused to sign.</translation>
    </message>
    <message>
        <source>The signature could not be stored.</source>
        <translation>The signature could not be stored.</translation>
    </message>
    <message>
        <source>Addendum to the signed minutes</source>
        <translation>Addendum to the signed minutes</translation>
    </message>
    <message>
        <source>The correction is dated today and shown below the signed minutes, which stay as they were signed.</source>
        <translation>The correction is dated today and shown below the signed minutes, which stay as they were signed.</translation>
    </message>
    <message>
        <source>The addendum could not be stored.</source>
        <translation>The addendum could not be stored.</translation>
    </message>
    <message>
        <source>The identity of a confidential reporter is withheld.</source>
        <translation>The identity of a confidential reporter is withheld.</translation>
    </message>
    <message>
        <source>The minutes cannot be signed yet</source>
        <translation>The minutes cannot be signed yet</translation>
    </message>
    <message>
        <source>These minutes are being typed on another computer.</source>
        <translation>These minutes are being typed on another computer.</translation>
    </message>
    <message>
        <source>%1 is typing these minutes on another computer.</source>
        <translation>%1 is typing these minutes on another computer.</translation>
    </message>
    <message>
        <source>They are shown here as they are typed, read-only, and can be typed here once that window is closed.</source>
        <translation>They are shown here as they are typed, read-only, and can be typed here once that window is closed.</translation>
    </message>
    <message>
        <source>While the server was away these minutes were typed on this computer, but they were changed on another computer meanwhile, so what was typed here was not written over them. Copy into the minutes what is missing, then &lt;a href="dismiss"&gt;remove this notice&lt;/a&gt;.</source>
        <translation>While the server was away these minutes were typed on this computer, but they were changed on another computer meanwhile, so what was typed here was not written over them. Copy into the minutes what is missing, then &lt;a href="dismiss"&gt;remove this notice&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>The server is away: kept on this computer, written to the server when it is back</source>
        <translation>The server is away: kept on this computer, written to the server when it is back</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>Signed &amp;by:</translation>
    </message>
    <message>
        <source>Reason for &amp;refusing:</source>
        <translation>Reason for &amp;refusing:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Place of birth:</source>
        <translation>&amp;Place of birth:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Date of birth:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Age:</translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation>&amp;Occupation:</translation>
    </message>
    <message>
        <source>Re&amp;ligion:</source>
        <translation>Re&amp;ligion:</translation>
    </message>
    <message>
        <source>Na&amp;tionality:</source>
        <translation>Na&amp;tionality:</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>Addr&amp;ess:</translation>
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
    <message>
        <source>digits 9 to 12 are the year of the first appointment as a PPPK, from %1 and at least 18 years after the birth date.</source>
        <translation>digits 9 to 12 are the year of the first appointment as a PPPK, from %1 and at least 18 years after the birth date.</translation>
    </message>
    <message>
        <source>digit 15 is the gender: 1 for male, 2 for female.</source>
        <translation>digit 15 is the gender: 1 for male, 2 for female.</translation>
    </message>
    <message>
        <source>%1 Nor is it an NI PPPK (a contract civil servant's number): %2</source>
        <translation>%1 Nor is it an NI PPPK (a contract civil servant's number): %2</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>No file was named to write.</source>
        <translation>No file was named to write.</translation>
    </message>
    <message>
        <source>%1 is the data file that is open; writing there would destroy it. Nothing was written: choose another file.</source>
        <translation>%1 is the data file that is open; writing there would destroy it. Nothing was written: choose another file.</translation>
    </message>
    <message>
        <source>%1 is a link to the data file %2 that is open; writing there would destroy it. Nothing was written: choose another file.</source>
        <translation>%1 is a link to the data file %2 that is open; writing there would destroy it. Nothing was written: choose another file.</translation>
    </message>
    <message>
        <source>%1 belongs to the data file %2 that is open (its journal or its lock). Nothing was written: choose another file.</source>
        <translation>%1 belongs to the data file %2 that is open (its journal or its lock). Nothing was written: choose another file.</translation>
    </message>
    <message>
        <source>%1 is in the backups folder of the data file %2, which holds only its backups. Nothing was written: choose another folder.</source>
        <translation>%1 is in the backups folder of the data file %2, which holds only its backups. Nothing was written: choose another folder.</translation>
    </message>
    <message>
        <source>%1 is a folder: give the name of the file to write.</source>
        <translation>%1 is a folder: give the name of the file to write.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device or a pipe). Nothing was written: choose another file.</source>
        <translation>%1 is not a regular file (a device or a pipe). Nothing was written: choose another file.</translation>
    </message>
    <message>
        <source>The disk is full: %1 was not written, and nothing was left in its place. Make room on the disk, then try again.</source>
        <translation>The disk is full: %1 was not written, and nothing was left in its place. Make room on the disk, then try again.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk or the folder is read-only. Nothing was written.</source>
        <translation>%1 cannot be written: the disk or the folder is read-only. Nothing was written.</translation>
    </message>
    <message>
        <source>%1 cannot be written: there is no permission to write in its folder. Nothing was written.</source>
        <translation>%1 cannot be written: there is no permission to write in its folder. Nothing was written.</translation>
    </message>
    <message>
        <source>%1 cannot be written: its folder does not exist.</source>
        <translation>%1 cannot be written: its folder does not exist.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk could not be written (input/output error). Nothing was left in its place.</source>
        <translation>%1 cannot be written: the disk could not be written (input/output error). Nothing was left in its place.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the name is too long.</source>
        <translation>%1 cannot be written: the name is too long.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>%1 was not written.</source>
        <translation>%1 was not written.</translation>
    </message>
    <message>
        <source>%1 could not be written whole; nothing was left in its place.</source>
        <translation>%1 could not be written whole; nothing was left in its place.</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <source>%1 is not text</source>
        <translation>%1 is not text</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 is longer than %2 characters</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 is empty</translation>
    </message>
    <message>
        <source>%1 has an unknown code: %2</source>
        <translation>%1 has an unknown code: %2</translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation>%1 is not a date</translation>
    </message>
    <message>
        <source>%1 is not a valid date: %2</source>
        <translation>%1 is not a valid date: %2</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 is not a number</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 is not a whole number</translation>
    </message>
    <message>
        <source>%1 is neither 0 nor 1</source>
        <translation>%1 is neither 0 nor 1</translation>
    </message>
    <message>
        <source>%1 has an unknown type</source>
        <translation>%1 has an unknown type</translation>
    </message>
    <message>
        <source>The package is larger than %1 MiB.</source>
        <translation>The package is larger than %1 MiB.</translation>
    </message>
    <message>
        <source>This is not a Netra package.</source>
        <translation>This is not a Netra package.</translation>
    </message>
    <message>
        <source>The package has format version %1, which this program does not know (it reads version %2).</source>
        <translation>The package has format version %1, which this program does not know (it reads version %2).</translation>
    </message>
    <message>
        <source>The package's manifest is missing or too large.</source>
        <translation>The package's manifest is missing or too large.</translation>
    </message>
    <message>
        <source>The package's manifest is damaged.</source>
        <translation>The package's manifest is damaged.</translation>
    </message>
    <message>
        <source>The package is truncated or has extra bytes: its manifest does not match its size.</source>
        <translation>The package is truncated or has extra bytes: its manifest does not match its size.</translation>
    </message>
    <message>
        <source>The package is damaged or was altered: its content does not match its SHA-256.</source>
        <translation>The package is damaged or was altered: its content does not match its SHA-256.</translation>
    </message>
    <message>
        <source>The package's office is too long.</source>
        <translation>The package's office is too long.</translation>
    </message>
    <message>
        <source>The package's creation time is not valid.</source>
        <translation>The package's creation time is not valid.</translation>
    </message>
    <message>
        <source>The package's content is damaged.</source>
        <translation>The package's content is damaged.</translation>
    </message>
    <message>
        <source>The package holds an unknown table: %1</source>
        <translation>The package holds an unknown table: %1</translation>
    </message>
    <message>
        <source>The package has no list of %1.</source>
        <translation>The package has no list of %1.</translation>
    </message>
    <message>
        <source>The package's manifest counts %1 %2, but it holds %3.</source>
        <translation>The package's manifest counts %1 %2, but it holds %3.</translation>
    </message>
    <message>
        <source>The package holds more than %1 %2.</source>
        <translation>The package holds more than %1 %2.</translation>
    </message>
    <message>
        <source>The package holds attachments its manifest says it leaves out.</source>
        <translation>The package holds attachments its manifest says it leaves out.</translation>
    </message>
    <message>
        <source>%1 #%2: %3</source>
        <translation>%1 #%2: %3</translation>
    </message>
    <message>
        <source>not a record</source>
        <translation>not a record</translation>
    </message>
    <message>
        <source>the UUID is not valid</source>
        <translation>the UUID is not valid</translation>
    </message>
    <message>
        <source>the UUID %1 appears twice</source>
        <translation>the UUID %1 appears twice</translation>
    </message>
    <message>
        <source>the update time is not valid</source>
        <translation>the update time is not valid</translation>
    </message>
    <message>
        <source>its parent (%1) is not in the package</source>
        <translation>its parent (%1) is not in the package</translation>
    </message>
    <message>
        <source>the person it refers to is not in the package</source>
        <translation>the person it refers to is not in the package</translation>
    </message>
    <message>
        <source>it has missing or unknown fields</source>
        <translation>it has missing or unknown fields</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>unknown regency code</source>
        <translation>unknown regency code</translation>
    </message>
    <message>
        <source>the case number %1 appears twice</source>
        <translation>the case number %1 appears twice</translation>
    </message>
    <message>
        <source>the attachment name "%1" is not a plain file name</source>
        <translation>the attachment name "%1" is not a plain file name</translation>
    </message>
    <message>
        <source>the attachment's size does not fit the package</source>
        <translation>the attachment's size does not fit the package</translation>
    </message>
    <message>
        <source>the attachment "%1" does not match its SHA-256</source>
        <translation>the attachment "%1" does not match its SHA-256</translation>
    </message>
    <message>
        <source>The package holds attachment bytes that belong to no attachment.</source>
        <translation>The package holds attachment bytes that belong to no attachment.</translation>
    </message>
    <message>
        <source>The package's manifest has missing or unknown counts.</source>
        <translation>The package's manifest has missing or unknown counts.</translation>
    </message>
    <message>
        <source>its case %1 has more than %2 persons; a case holds at most %2</source>
        <translation>its case %1 has more than %2 persons; a case holds at most %2</translation>
    </message>
    <message>
        <source>The package's records are larger than %1 MiB, more than this program reads from one package. Ask for a package of fewer cases: one regency, or a shorter period.</source>
        <translation>The package's records are larger than %1 MiB, more than this program reads from one package. Ask for a package of fewer cases: one regency, or a shorter period.</translation>
    </message>
    <message>
        <source>The package would hold at least %1 MiB, more than the %2 MiB of records and %3 MiB in all a package may hold; nothing was written. Choose fewer cases: one regency, or a shorter period.</source>
        <translation>The package would hold at least %1 MiB, more than the %2 MiB of records and %3 MiB in all a package may hold; nothing was written. Choose fewer cases: one regency, or a shorter period.</translation>
    </message>
</context>
<context>
    <name>PackageExportDialog</name>
    <message>
        <source>Export package</source>
        <translation>Export package</translation>
    </message>
    <message>
        <source>Received between</source>
        <translation>Received between</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>With attachments</source>
        <translation>With attachments</translation>
    </message>
    <message>
        <source>With the identities of confidential reporters</source>
        <translation>With the identities of confidential reporters</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <source>Netra packages (*.netrapkg)</source>
        <translation>Netra packages (*.netrapkg)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>%1 cases written to %2.</source>
        <translation>%1 cases written to %2.</translation>
    </message>
    <message>
        <source>Reading the cases for the package…</source>
        <translation>Reading the cases for the package…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>All regencies and cities</source>
        <translation>All regencies and cities</translation>
    </message>
    <message>
        <source>Regency/city:</source>
        <translation>Regency/city:</translation>
    </message>
</context>
<context>
    <name>PackageImportDialog</name>
    <message>
        <source>Import package</source>
        <translation>Import package</translation>
    </message>
    <message>
        <source>Netra packages (*.netrapkg);;All files (*)</source>
        <translation>Netra packages (*.netrapkg);;All files (*)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Conflicts:</translation>
    </message>
    <message>
        <source>Decide for each record</source>
        <translation>Decide for each record</translation>
    </message>
    <message>
        <source>Keep mine for all</source>
        <translation>Keep mine for all</translation>
    </message>
    <message>
        <source>Take theirs for all</source>
        <translation>Take theirs for all</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Differs in</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>Settle</translation>
    </message>
    <message>
        <source>The package is refused: %1</source>
        <translation>The package is refused: %1</translation>
    </message>
    <message>
        <source>From %1 (%2), made %3.</source>
        <translation>From %1 (%2), made %3.</translation>
    </message>
    <message>
        <source>Leave unsettled</source>
        <translation>Leave unsettled</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Nothing was written: %1</translation>
    </message>
    <message>
        <source>Applied: %1 records added, %2 updated, %3 conflicts left unsettled.</source>
        <translation>Applied: %1 records added, %2 updated, %3 conflicts left unsettled.</translation>
    </message>
    <message>
        <source>Importing the package…</source>
        <translation>Importing the package…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Evidence and attachments</source>
        <translation>Evidence and attachments</translation>
    </message>
    <message>
        <source>Clarification hearings</source>
        <translation>Clarification hearings</translation>
    </message>
    <message>
        <source>Persons invited to hearings</source>
        <translation>Persons invited to hearings</translation>
    </message>
    <message>
        <source>Questions and answers of the minutes</source>
        <translation>Questions and answers of the minutes</translation>
    </message>
    <message>
        <source>Addenda to the minutes</source>
        <translation>Addenda to the minutes</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Prevention activities</source>
        <translation>Prevention activities</translation>
    </message>
    <message>
        <source>Supervision leads</source>
        <translation>Supervision leads</translation>
    </message>
    <message>
        <source>From %1, made %2.</source>
        <translation>From %1, made %2.</translation>
    </message>
</context>
<context>
    <name>PackageStore</name>
    <message>
        <source>The records could not be read: %1</source>
        <translation>The records could not be read: %1</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>The case number %1 of the package is already used by another case in this file (%2); nothing was imported.</source>
        <translation>The case number %1 of the package is already used by another case in this file (%2); nothing was imported.</translation>
    </message>
    <message>
        <source>The package could not be imported (%1): %2; nothing was written.</source>
        <translation>The package could not be imported (%1): %2; nothing was written.</translation>
    </message>
    <message>
        <source>its parent is missing</source>
        <translation>its parent is missing</translation>
    </message>
    <message>
        <source>Package export</source>
        <translation>Package export</translation>
    </message>
    <message>
        <source>The export was cancelled; no package was written.</source>
        <translation>The export was cancelled; no package was written.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>The import was cancelled; nothing was written.</translation>
    </message>
</context>
<context>
    <name>PartyTableEditor</name>
    <message>
        <source>Remove person</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from this case?</source>
        <translation>Remove %1 (%2) from this case?</translation>
    </message>
    <message>
        <source>%1: the identifier is not checked as an NIP.</source>
        <translation>%1: the identifier is not checked as an NIP.</translation>
    </message>
    <message>
        <source>Birth date: %1 · Start (TMT): %2 · Gender: %3</source>
        <translation>Birth date: %1 · Start (TMT): %2 · Gender: %3</translation>
    </message>
    <message>
        <source>NI PPPK: 18 digits; its layout is not checked further.</source>
        <translation>NI PPPK: 18 digits; its layout is not checked further.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP / identifier</source>
        <translation>NIP / identifier</translation>
    </message>
    <message>
        <source>Position title</source>
        <translation>Position title</translation>
    </message>
    <message>
        <source>Position category</source>
        <translation>Position category</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Add person repor&amp;ted</source>
        <translation>Add person repor&amp;ted</translation>
    </message>
    <message>
        <source>Add a person reported (Insert)</source>
        <translation>Add a person reported (Insert)</translation>
    </message>
    <message>
        <source>Add &amp;witness</source>
        <translation>Add &amp;witness</translation>
    </message>
    <message>
        <source>Add e&amp;xpert</source>
        <translation>Add e&amp;xpert</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected person (Delete)</source>
        <translation>Remove the selected person (Delete)</translation>
    </message>
</context>
<context>
    <name>PpkRecord</name>
    <message>
        <source>Regent</source>
        <translation>Regent</translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation>Mayor</translation>
    </message>
    <message>
        <source>Governor</source>
        <translation>Governor</translation>
    </message>
    <message>
        <source>Minister or head of agency</source>
        <translation>Minister or head of agency</translation>
    </message>
    <message numerus="yes">
        <source>There is no PPK ranked %1: the record has %n PPK(s).</source>
        <translation><numerusform>There is no PPK ranked %1: the record has %n PPK.</numerusform><numerusform>There is no PPK ranked %1: the record has %n PPKs.</numerusform></translation>
    </message>
    <message>
        <source>More than one PPK is named %1: give its rank in the record instead.</source>
        <translation>More than one PPK is named %1: give its rank in the record instead.</translation>
    </message>
    <message>
        <source>No PPK named %1 in the record.</source>
        <translation>No PPK named %1 in the record.</translation>
    </message>
</context>
<context>
    <name>PpkRecordXlsx</name>
    <message>
        <source>PPKs' record</source>
        <translation>PPKs' record</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>PPK</source>
        <translation>PPK</translation>
    </message>
    <message>
        <source>PPK office</source>
        <translation>PPK office</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Kind (code)</source>
        <translation>Kind (code)</translation>
    </message>
    <message>
        <source>Recommendations received</source>
        <translation>Recommendations received</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>Followed up, another sanction</source>
        <translation>Followed up, another sanction</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Awaiting PPK</source>
        <translation>Awaiting PPK</translation>
    </message>
    <message>
        <source>Follow-up rate</source>
        <translation>Follow-up rate</translation>
    </message>
    <message>
        <source>Median days to follow up</source>
        <translation>Median days to follow up</translation>
    </message>
</context>
<context>
    <name>PrintedDocument</name>
    <message>
        <source>The document could not be started on this printer or file.</source>
        <translation>The document could not be started on this printer or file.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>The printer refused a new page.</translation>
    </message>
    <message>
        <source>The editable copy could not be made.</source>
        <translation>The editable copy could not be made.</translation>
    </message>
    <message>
        <source>The editable copy could not be written to %1.</source>
        <translation>The editable copy could not be written to %1.</translation>
    </message>
    <message>
        <source>Printing was cancelled; no document was written.</source>
        <translation>Printing was cancelled; no document was written.</translation>
    </message>
</context>
<context>
    <name>ProcedurePanel</name>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Do not register</source>
        <translation>Do not register</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Extend deadline</source>
        <translation>Extend deadline</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Registration number %1 of %2</source>
        <translation>Registration number %1 of %2</translation>
    </message>
    <message>
        <source>Receipt number %1 of %2</source>
        <translation>Receipt number %1 of %2</translation>
    </message>
    <message>
        <source>Forwarded to %1 on %2 with letter %3</source>
        <translation>Forwarded to %1 on %2 with letter %3</translation>
    </message>
    <message>
        <source>Decided on %1: %2</source>
        <translation>Decided on %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Decision deadline extended by %n day(s): %1</source>
        <translation><numerusform>Decision deadline extended by %n day: %1</numerusform><numerusform>Decision deadline extended by %n days: %1</numerusform></translation>
    </message>
    <message>
        <source>Save the new case first.</source>
        <translation>Save the new case first.</translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation>The file is open read-only.</translation>
    </message>
    <message>
        <source>Unknown procedure profile %1.</source>
        <translation>Unknown procedure profile %1.</translation>
    </message>
    <message>
        <source>This procedure allows no extension of the decision deadline.</source>
        <translation>This procedure allows no extension of the decision deadline.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The step was not taken</source>
        <translation>The step was not taken</translation>
    </message>
    <message>
        <source>Decided on a date that is unknown: %1</source>
        <translation>Decided on a date that is unknown: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Record withdrawal</translation>
    </message>
    <message>
        <source>Start clarification</source>
        <translation>Start clarification</translation>
    </message>
    <message>
        <source>Start analysis</source>
        <translation>Start analysis</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1 by %2 (%3)</translation>
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
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>This is the recovery key of %1. It is shown only now. Write it down or save it as a PDF and print it, and keep it in the office safe: when no coordinator who holds the key to the confidential identities is left, it gives a coordinator that key (netra-cli keys). Whoever has it can read the identities: keep it locked away.</source>
        <translation>This is the recovery key of %1. It is shown only now. Write it down or save it as a PDF and print it, and keep it in the office safe: when no coordinator who holds the key to the confidential identities is left, it gives a coordinator that key (netra-cli keys). Whoever has it can read the identities: keep it locked away.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF...</source>
        <translation>Save as &amp;PDF...</translation>
    </message>
    <message>
        <source>I have &amp;kept it</source>
        <translation>I have &amp;kept it</translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>Save the recovery key as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved in %1. Print it and delete the file.</source>
        <translation>Saved in %1. Print it and delete the file.</translation>
    </message>
    <message>
        <source>Recovery key of the data file %1</source>
        <translation>Recovery key of the data file %1</translation>
    </message>
    <message>
        <source>Keep this sheet in the office safe. It gives a coordinator the key to the confidential identities when no coordinator who holds it is left (netra-cli keys FILE --grant LOGIN --recovery-key-file FILE).</source>
        <translation>Keep this sheet in the office safe. It gives a coordinator the key to the confidential identities when no coordinator who holds it is left (netra-cli keys FILE --grant LOGIN --recovery-key-file FILE).</translation>
    </message>
    <message>
        <source>Encrypting confidential identities</source>
        <translation>Encrypting confidential identities</translation>
    </message>
    <message>
        <source>This data file keeps the identities of confidential reporters in clear. Netra now encrypts them: only coordinators will be able to open them, with their password. This takes a moment on a large file. Then a recovery key is shown once: keep it in the office safe.</source>
        <translation>This data file keeps the identities of confidential reporters in clear. Netra now encrypts them: only coordinators will be able to open them, with their password. This takes a moment on a large file. Then a recovery key is shown once: keep it in the office safe.</translation>
    </message>
    <message>
        <source>The identities could not be encrypted; the file is as it was. %1</source>
        <translation>The identities could not be encrypted; the file is as it was. %1</translation>
    </message>
</context>
<context>
    <name>RegisterCsv</name>
    <message>
        <source>A quoted field starting on this line is never closed.</source>
        <translation>A quoted field starting on this line is never closed.</translation>
    </message>
    <message>
        <source>The column %1 is required and is empty.</source>
        <translation>The column %1 is required and is empty.</translation>
    </message>
    <message>
        <source>Unknown code "%1" in %2.</source>
        <translation>Unknown code "%1" in %2.</translation>
    </message>
    <message>
        <source>Unknown regency code "%1".</source>
        <translation>Unknown regency code "%1".</translation>
    </message>
    <message>
        <source>"%1" is not ya or tidak.</source>
        <translation>"%1" is not ya or tidak.</translation>
    </message>
    <message>
        <source>The NIP %1 is not valid: %2</source>
        <translation>The NIP %1 is not valid: %2</translation>
    </message>
    <message>
        <source>"%1" is not a real date (YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY).</source>
        <translation>"%1" is not a real date (YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY).</translation>
    </message>
    <message>
        <source>%1 (%2) is after the day of the import (%3).</source>
        <translation>%1 (%2) is after the day of the import (%3).</translation>
    </message>
    <message>
        <source>%1 (%2) is before %3 (%4).</source>
        <translation>%1 (%2) is before %3 (%4).</translation>
    </message>
    <message>
        <source>A case with status %1 needs its registration date.</source>
        <translation>A case with status %1 needs its registration date.</translation>
    </message>
    <message>
        <source>A case with status %1 was never registered and has no registration date.</source>
        <translation>A case with status %1 was never registered and has no registration date.</translation>
    </message>
    <message>
        <source>A case with status %1 needs the date of its decision.</source>
        <translation>A case with status %1 needs the date of its decision.</translation>
    </message>
    <message>
        <source>A case with status %1 is not decided and has no decision date.</source>
        <translation>A case with status %1 is not decided and has no decision date.</translation>
    </message>
    <message>
        <source>Only a forwarded case has a recommendation and a follow-up; this one is %1.</source>
        <translation>Only a forwarded case has a recommendation and a follow-up; this one is %1.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB; it is not read.</source>
        <translation>The file is larger than %1 MiB; it is not read.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>The file is not UTF-8 text.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The header has more than %1 columns.</source>
        <translation>The header has more than %1 columns.</translation>
    </message>
    <message>
        <source>The header cannot be read: %1</source>
        <translation>The header cannot be read: %1</translation>
    </message>
    <message>
        <source>a column name is too long.</source>
        <translation>a column name is too long.</translation>
    </message>
    <message>
        <source>The first row names none of the register's columns (%1, ...); this is not a case register.</source>
        <translation>The first row names none of the register's columns (%1, ...); this is not a case register.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; it is not read.</source>
        <translation>The file has more than %1 rows; it is not read.</translation>
    </message>
    <message>
        <source>The field is longer than %1 characters.</source>
        <translation>The field is longer than %1 characters.</translation>
    </message>
    <message>
        <source>The row has more than %1 fields.</source>
        <translation>The row has more than %1 fields.</translation>
    </message>
    <message>
        <source>The row has more fields than the header has columns.</source>
        <translation>The row has more fields than the header has columns.</translation>
    </message>
    <message>
        <source>%1 differs from line %2 of the same case.</source>
        <translation>%1 differs from line %2 of the same case.</translation>
    </message>
    <message>
        <source>Refused with the other rows of case %1.</source>
        <translation>Refused with the other rows of case %1.</translation>
    </message>
    <message>
        <source>Case %1 has more than %2 persons reported; a case holds at most %2.</source>
        <translation>Case %1 has more than %2 persons reported; a case holds at most %2.</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <source>XLSX register export</source>
        <translation>XLSX register export</translation>
    </message>
    <message>
        <source>CSV register export</source>
        <translation>CSV register export</translation>
    </message>
    <message>
        <source>The register could not be written: %1</source>
        <translation>The register could not be written: %1</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>Brought in from a CSV register, which does not record the reason.</source>
        <translation>Brought in from a CSV register, which does not record the reason.</translation>
    </message>
    <message>
        <source>No procedure applies to a %1 case received on %2.</source>
        <translation>No procedure applies to a %1 case received on %2.</translation>
    </message>
    <message>
        <source>The case cannot be brought to status %1: %2</source>
        <translation>The case cannot be brought to status %1: %2</translation>
    </message>
    <message>
        <source>The cases could not be saved: %1</source>
        <translation>The cases could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>&amp;Restore...</source>
        <translation>&amp;Restore...</translation>
    </message>
    <message>
        <source>&amp;Other file...</source>
        <translation>&amp;Other file...</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>There are no backups of %1 in %2 yet. Netra makes one when it closes and once a day while it is open; another file can be chosen with Other file.</source>
        <translation>There are no backups of %1 in %2 yet. Netra makes one when it closes and once a day while it is open; another file can be chosen with Other file.</translation>
    </message>
    <message>
        <source>Backups of %1 in %2, newest first. The backup chosen takes the place of the data file; the current file is kept beside it.</source>
        <translation>Backups of %1 in %2, newest first. The backup chosen takes the place of the data file; the current file is kept beside it.</translation>
    </message>
    <message>
        <source>Netra data files (*.netra)</source>
        <translation>Netra data files (*.netra)</translation>
    </message>
    <message>
        <source>Restore the backup %1 (saved on %2)?</source>
        <translation>Restore the backup %1 (saved on %2)?</translation>
    </message>
    <message>
        <source>Restore the backup made on %1 (%2 cases)?</source>
        <translation>Restore the backup made on %1 (%2 cases)?</translation>
    </message>
    <message>
        <source>What was recorded in %1 after that backup will no longer be in it. The current file is kept beside it under the name %2.before-restore-…, and the case windows are closed.</source>
        <translation>What was recorded in %1 after that backup will no longer be in it. The current file is kept beside it under the name %2.before-restore-…, and the case windows are closed.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Name and address of the reporter</source>
        <translation>Name and address of the reporter</translation>
    </message>
    <message>
        <source>Filed within the deadline</source>
        <translation>Filed within the deadline</translation>
    </message>
    <message>
        <source>Signature matches the identity card</source>
        <translation>Signature matches the identity card</translation>
    </message>
    <message>
        <source>Time and place of the event</source>
        <translation>Time and place of the event</translation>
    </message>
    <message>
        <source>Description of the event</source>
        <translation>Description of the event</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>The person reported is named</source>
        <translation>The person reported is named</translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <source>Formal requirements</source>
        <translation>Formal requirements</translation>
    </message>
    <message>
        <source>Material requirements</source>
        <translation>Material requirements</translation>
    </message>
    <message>
        <source>Reporter told of the missing items on</source>
        <translation>Reporter told of the missing items on</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>All requirements met</source>
        <translation>All requirements met</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <source>%1 is no scope: give a regency's code (3311), a province's (33) or national.</source>
        <translation>%1 is no scope: give a regency's code (3311), a province's (33) or national.</translation>
    </message>
    <message>
        <source>the whole country</source>
        <translation>the whole country</translation>
    </message>
    <message>
        <source>This office's store (no scope)</source>
        <translation>This office's store (no scope)</translation>
    </message>
</context>
<context>
    <name>ServerAccounts</name>
    <message>
        <source>The server refused: only an administrator whose scope covers the user's manages their account.</source>
        <translation>The server refused: only an administrator whose scope covers the user's manages their account.</translation>
    </message>
    <message>
        <source>The server already has an account named %1; choose another user name.</source>
        <translation>The server already has an account named %1; choose another user name.</translation>
    </message>
    <message>
        <source>This server store does not keep accounts per user.</source>
        <translation>This server store does not keep accounts per user.</translation>
    </message>
</context>
<context>
    <name>ServerDatabase</name>
    <message>
        <source>The PostgreSQL server lacks the extensions unaccent and citext that Netra's search and logins need. Install the Debian package postgresql-contrib on the server (apt install postgresql-contrib), then run init again. Nothing was changed.</source>
        <translation>The PostgreSQL server lacks the extensions unaccent and citext that Netra's search and logins need. Install the Debian package postgresql-contrib on the server (apt install postgresql-contrib), then run init again. Nothing was changed.</translation>
    </message>
    <message>
        <source>The database %1 does not exist, and the server's maintenance database postgres, where it would be created, cannot be opened: %2</source>
        <translation>The database %1 does not exist, and the server's maintenance database postgres, where it would be created, cannot be opened: %2</translation>
    </message>
    <message>
        <source>The database %1 does not exist, and the account %2 may not create databases on this server (it needs CREATEDB). Ask the server's administrator to create it for %2 (sudo -u postgres createdb -O %2 %3), or set up the server with scripts/server-setup.sh. Nothing was changed.</source>
        <translation>The database %1 does not exist, and the account %2 may not create databases on this server (it needs CREATEDB). Ask the server's administrator to create it for %2 (sudo -u postgres createdb -O %2 %3), or set up the server with scripts/server-setup.sh. Nothing was changed.</translation>
    </message>
    <message>
        <source>The database %1 could not be created: %2</source>
        <translation>The database %1 could not be created: %2</translation>
    </message>
    <message>
        <source>The database %1, created for the store, could not be removed again: %2</source>
        <translation>The database %1, created for the store, could not be removed again: %2</translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <source>%1 is not a server address. Write it as postgresql://user@host:5432/database.</source>
        <translation>%1 is not a server address. Write it as postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>%1 names no database. Write it as postgresql://user@host:5432/database.</source>
        <translation>%1 names no database. Write it as postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. This change was not saved; what was saved before is intact on the server. Connect again, then save again.</source>
        <translation>The connection to the server was lost. This change was not saved; what was saved before is intact on the server. Connect again, then save again.</translation>
    </message>
    <message>
        <source>The server's disk is full: nothing more can be saved until its administrator makes room. What was saved before is intact.</source>
        <translation>The server's disk is full: nothing more can be saved until its administrator makes room. What was saved before is intact.</translation>
    </message>
    <message>
        <source>This server store is open read-only, so nothing can be saved into it.</source>
        <translation>This server store is open read-only, so nothing can be saved into it.</translation>
    </message>
    <message>
        <source>The server refused this change: your database account may not make it (%1).</source>
        <translation>The server refused this change: your database account may not make it (%1).</translation>
    </message>
    <message>
        <source>Someone else was saving the same records at the same moment. Nothing was saved; save again.</source>
        <translation>Someone else was saving the same records at the same moment. Nothing was saved; save again.</translation>
    </message>
    <message>
        <source>The server refused a part of this change, so none of it was saved. What was saved before is intact on the server.</source>
        <translation>The server refused a part of this change, so none of it was saved. What was saved before is intact on the server.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Office settings</source>
        <translation>Office settings</translation>
    </message>
    <message>
        <source>Office (letterhead):</source>
        <translation>Office (letterhead):</translation>
    </message>
    <message>
        <source>BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN SUKOHARJO</source>
        <translation>BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN SUKOHARJO</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>City on letters:</source>
        <translation>City on letters:</translation>
    </message>
    <message>
        <source>Sukoharjo</source>
        <translation>Sukoharjo</translation>
    </message>
    <message>
        <source>Office code in numbers:</source>
        <translation>Office code in numbers:</translation>
    </message>
    <message>
        <source>33.11</source>
        <translation>33.11</translation>
    </message>
    <message>
        <source>Level in numbers:</source>
        <translation>Level in numbers:</translation>
    </message>
    <message>
        <source>Kab, Prov or RI</source>
        <translation>Kab, Prov or RI</translation>
    </message>
    <message>
        <source>Receipt number pattern:</source>
        <translation>Receipt number pattern:</translation>
    </message>
    <message>
        <source>Registration number pattern:</source>
        <translation>Registration number pattern:</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Example numbers: %1</source>
        <translation>Example numbers: %1</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Settings not saved</translation>
    </message>
    <message>
        <source>Netra makes a backup when it closes and once a day while it is open, in %1; the oldest beyond this number are deleted.</source>
        <translation>Netra makes a backup when it closes and once a day while it is open, in %1; the oldest beyond this number are deleted.</translation>
    </message>
    <message>
        <source>Backups kept:</source>
        <translation>Backups kept:</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>street, town</source>
        <translation>street, town</translation>
    </message>
    <message>
        <source>Telephone:</source>
        <translation>Telephone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>%1 is not an image Netra can read.</source>
        <translation>%1 is not an image Netra can read.</translation>
    </message>
    <message>
        <source>Logo (kept in the data file):</source>
        <translation>Logo (kept in the data file):</translation>
    </message>
    <message>
        <source>Every time printed (invitations, minutes) is in this zone, whatever the computer's own</source>
        <translation>Every time printed (invitations, minutes) is in this zone, whatever the computer's own</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>Letter number pattern:</source>
        <translation>Letter number pattern:</translation>
    </message>
    <message>
        <source>{seq:3}/PP.01.02/K.JT-11/{month}/{year}</source>
        <translation>{seq:3}/PP.01.02/K.JT-11/{month}/{year}</translation>
    </message>
    <message>
        <source>Pattern tokens: {seq} or {seq:3}, {kind}, {election}, {level}, {office}, {month} (Roman), {mm}, {year}. Letters have their own sequence each year and take their number when issued.</source>
        <translation>Pattern tokens: {seq} or {seq:3}, {kind}, {election}, {level}, {office}, {month} (Roman), {mm}, {year}. Letters have their own sequence each year and take their number when issued.</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <source>Chair (Ketua):</source>
        <translation>Chair (Ketua):</translation>
    </message>
    <message>
        <source>Chair's NIP (if any):</source>
        <translation>Chair's NIP (if any):</translation>
    </message>
    <message>
        <source>Coordinator of the division for violations:</source>
        <translation>Coordinator of the division for violations:</translation>
    </message>
    <message>
        <source>Coordinator's NIP (if any):</source>
        <translation>Coordinator's NIP (if any):</translation>
    </message>
    <message>
        <source>One member a line; a NIP after a semicolon</source>
        <translation>One member a line; a NIP after a semicolon</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Members:</translation>
    </message>
    <message>
        <source>Invitation signed by:</source>
        <translation>Invitation signed by:</translation>
    </message>
    <message>
        <source>Second invitation signed by:</source>
        <translation>Second invitation signed by:</translation>
    </message>
    <message>
        <source>Status notice signed by:</source>
        <translation>Status notice signed by:</translation>
    </message>
    <message>
        <source>Forwarding letter signed by:</source>
        <translation>Forwarding letter signed by:</translation>
    </message>
    <message>
        <source>Letter to a PPK signed by:</source>
        <translation>Letter to a PPK signed by:</translation>
    </message>
    <message>
        <source>The chair</source>
        <translation>The chair</translation>
    </message>
    <message>
        <source>The coordinator, on behalf of the chair (a.n.)</source>
        <translation>The coordinator, on behalf of the chair (a.n.)</translation>
    </message>
    <message>
        <source>The coordinator</source>
        <translation>The coordinator</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <source>Example letter number: %1</source>
        <translation>Example letter number: %1</translation>
    </message>
    <message>
        <source>Appeal letter signed by:</source>
        <translation>Appeal letter signed by:</translation>
    </message>
    <message>
        <source>Track record certificate signed by:</source>
        <translation>Track record certificate signed by:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Same as the province</source>
        <translation>Same as the province</translation>
    </message>
    <message>
        <source>Lock when idle for:</source>
        <translation>Lock when idle for:</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>The office's time zone is WIB, WITA or WIT (empty: from its province); %1 is not one.</source>
        <translation>The office's time zone is WIB, WITA or WIT (empty: from its province); %1 is not one.</translation>
    </message>
    <message>
        <source>A letter is signed by ketua, koordinator or an_ketua (the coordinator on behalf of the chair); %1 is not one.</source>
        <translation>A letter is signed by ketua, koordinator or an_ketua (the coordinator on behalf of the chair); %1 is not one.</translation>
    </message>
    <message>
        <source>Between %1 and %2 backups are kept; %3 is not a number of them.</source>
        <translation>Between %1 and %2 backups are kept; %3 is not a number of them.</translation>
    </message>
    <message>
        <source>The idle lock takes a number of minutes from 0 (never) to %1; %2 is not one.</source>
        <translation>The idle lock takes a number of minutes from 0 (never) to %1; %2 is not one.</translation>
    </message>
    <message>
        <source>The setting could not be stored: %1</source>
        <translation>The setting could not be stored: %1</translation>
    </message>
    <message>
        <source>This is a field file, taken from %1: case and letter numbers are given only in the office's store. Receive, register or issue it there once the cases are brought back.</source>
        <translation>This is a field file, taken from %1: case and letter numbers are given only in the office's store. Receive, register or issue it there once the cases are brought back.</translation>
    </message>
</context>
<context>
    <name>StatusMachine</name>
    <message>
        <source>Only a received case can be registered or refused; this case's status is %1.</source>
        <translation>Only a received case can be registered or refused; this case's status is %1.</translation>
    </message>
    <message>
        <source>A case needs at least one person reported before it is registered.</source>
        <translation>A case needs at least one person reported before it is registered.</translation>
    </message>
    <message>
        <source>A report can be withdrawn only before registration; this case's status is %1.</source>
        <translation>A report can be withdrawn only before registration; this case's status is %1.</translation>
    </message>
    <message>
        <source>Only a report can be withdrawn.</source>
        <translation>Only a report can be withdrawn.</translation>
    </message>
    <message>
        <source>Clarification follows registration; this case's status is %1.</source>
        <translation>Clarification follows registration; this case's status is %1.</translation>
    </message>
    <message>
        <source>The analysis follows registration or clarification; this case's status is %1.</source>
        <translation>The analysis follows registration or clarification; this case's status is %1.</translation>
    </message>
    <message>
        <source>A decision follows the analysis; this case's status is %1.</source>
        <translation>A decision follows the analysis; this case's status is %1.</translation>
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
    <message>
        <source>The case is in clarification already: its hearings are in the Hearings tab.</source>
        <translation>The case is in clarification already: its hearings are in the Hearings tab.</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Register the case</source>
        <translation>Register the case</translation>
    </message>
    <message>
        <source>Do not register the case</source>
        <translation>Do not register the case</translation>
    </message>
    <message>
        <source>Record the withdrawal of the report</source>
        <translation>Record the withdrawal of the report</translation>
    </message>
    <message>
        <source>Start the clarification</source>
        <translation>Start the clarification</translation>
    </message>
    <message>
        <source>Start the analysis</source>
        <translation>Start the analysis</translation>
    </message>
    <message>
        <source>Forward the case to the authority</source>
        <translation>Forward the case to the authority</translation>
    </message>
    <message>
        <source>Stop the case</source>
        <translation>Stop the case</translation>
    </message>
    <message>
        <source>Extend the decision deadline</source>
        <translation>Extend the decision deadline</translation>
    </message>
    <message>
        <source>The report or finding meets the formal and material requirements and is registered. The decision deadline starts on the day of registration.</source>
        <translation>The report or finding meets the formal and material requirements and is registered. The decision deadline starts on the day of registration.</translation>
    </message>
    <message>
        <source>The requirements are not met or the case was filed too late. The reason is given to the reporter in the status notice.</source>
        <translation>The requirements are not met or the case was filed too late. The reason is given to the reporter in the status notice.</translation>
    </message>
    <message>
        <source>The reporter withdrew the report. A report can be withdrawn only before it is registered.</source>
        <translation>The reporter withdrew the report. A report can be withdrawn only before it is registered.</translation>
    </message>
    <message>
        <source>The parties, witnesses and experts are invited and heard.</source>
        <translation>The parties, witnesses and experts are invited and heard.</translation>
    </message>
    <message>
        <source>The facts are weighed against the legal elements of the violation.</source>
        <translation>The facts are weighed against the legal elements of the violation.</translation>
    </message>
    <message>
        <source>The elements of a violation are met: the case goes to the civil-service authority with a forwarding letter.</source>
        <translation>The elements of a violation are met: the case goes to the civil-service authority with a forwarding letter.</translation>
    </message>
    <message>
        <source>The elements of a violation are not met: the case is stopped. The reason is given to the reporter in the status notice.</source>
        <translation>The elements of a violation are not met: the case is stopped. The reason is given to the reporter in the status notice.</translation>
    </message>
    <message>
        <source>More information is needed: the decision deadline is extended once, by at most the days the procedure allows.</source>
        <translation>More information is needed: the decision deadline is extended once, by at most the days the procedure allows.</translation>
    </message>
    <message>
        <source>%1, reported: %2</source>
        <translation>%1, reported: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, reported: %2 and %n more</source>
        <translation><numerusform>%1, reported: %2 and %n more</numerusform><numerusform>%1, reported: %2 and %n more</numerusform></translation>
    </message>
    <message>
        <source>Registered on:</source>
        <translation>Registered on:</translation>
    </message>
    <message>
        <source>Withdrawn on:</source>
        <translation>Withdrawn on:</translation>
    </message>
    <message>
        <source>Started on:</source>
        <translation>Started on:</translation>
    </message>
    <message>
        <source>Forwarded on:</source>
        <translation>Forwarded on:</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Decided on:</translation>
    </message>
    <message>
        <source>The registration number is assigned from the office's numbering pattern when the step is saved.</source>
        <translation>The registration number is assigned from the office's numbering pattern when the step is saved.</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>Registration number:</translation>
    </message>
    <message>
        <source>The initial review does not record these requirements as met: %1.</source>
        <translation>The initial review does not record these requirements as met: %1.</translation>
    </message>
    <message>
        <source>Number of the forwarding letter</source>
        <translation>Number of the forwarding letter</translation>
    </message>
    <message>
        <source>Letter number:</source>
        <translation>Letter number:</translation>
    </message>
    <message>
        <source>Authority:</source>
        <translation>Authority:</translation>
    </message>
    <message>
        <source>Working days added:</source>
        <translation>Working days added:</translation>
    </message>
    <message>
        <source>Days added:</source>
        <translation>Days added:</translation>
    </message>
    <message>
        <source>What information is still needed, and why</source>
        <translation>What information is still needed, and why</translation>
    </message>
    <message>
        <source>The reason, as it will appear in the notice</source>
        <translation>The reason, as it will appear in the notice</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>the date</translation>
    </message>
    <message>
        <source>the number of the forwarding letter</source>
        <translation>the number of the forwarding letter</translation>
    </message>
    <message>
        <source>the authority</source>
        <translation>the authority</translation>
    </message>
    <message>
        <source>This procedure allows no extension of the decision deadline.</source>
        <translation>This procedure allows no extension of the decision deadline.</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>the reason</translation>
    </message>
    <message>
        <source>Still missing: %1.</source>
        <translation>Still missing: %1.</translation>
    </message>
    <message>
        <source>The forwarding letter takes the next number of the letter book when the step is saved.</source>
        <translation>The forwarding letter takes the next number of the letter book when the step is saved.</translation>
    </message>
    <message>
        <source>The letter was sent &amp;outside Netra, with this number:</source>
        <translation>The letter was sent &amp;outside Netra, with this number:</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>%1 holds tables that are not Netra's (%2); it is not copied.</source>
        <translation>%1 holds tables that are not Netra's (%2); it is not copied.</translation>
    </message>
    <message>
        <source>The table %1 is missing from %2.</source>
        <translation>The table %1 is missing from %2.</translation>
    </message>
    <message>
        <source>The column %1.%2 of %3 has no place in %4.</source>
        <translation>The column %1.%2 of %3 has no place in %4.</translation>
    </message>
    <message>
        <source>The table %1 holds %2 rows in the copy instead of %3.</source>
        <translation>The table %1 holds %2 rows in the copy instead of %3.</translation>
    </message>
    <message>
        <source>%1 exists already: a copy is written only into a new file. Nothing was changed.</source>
        <translation>%1 exists already: a copy is written only into a new file. Nothing was changed.</translation>
    </message>
    <message>
        <source>A copy is written only into an empty database; %1 cannot take it: %2 Nothing was changed.</source>
        <translation>A copy is written only into an empty database; %1 cannot take it: %2 Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 is at data version %2 and this program at %3: open it once for writing with this Netra (netra, or a netra-cli command that writes) to bring it up to date, then copy it.</source>
        <translation>%1 is at data version %2 and this program at %3: open it once for writing with this Netra (netra, or a netra-cli command that writes) to bring it up to date, then copy it.</translation>
    </message>
    <message>
        <source>%1 cannot be copied while a change is being saved.</source>
        <translation>%1 cannot be copied while a change is being saved.</translation>
    </message>
    <message>
        <source>%1 could not be copied into %2: %3</source>
        <translation>%1 could not be copied into %2: %3</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Election</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Regency</source>
        <translation>Regency</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>Date of the event</source>
        <translation>Date of the event</translation>
    </message>
    <message>
        <source>Date it became known</source>
        <translation>Date it became known</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>Date registered</source>
        <translation>Date registered</translation>
    </message>
    <message>
        <source>Date decided</source>
        <translation>Date decided</translation>
    </message>
    <message>
        <source>Place of the event</source>
        <translation>Place of the event</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Reporter's address</source>
        <translation>Reporter's address</translation>
    </message>
    <message>
        <source>Reporter's contact</source>
        <translation>Reporter's contact</translation>
    </message>
    <message>
        <source>Reporter kept confidential</source>
        <translation>Reporter kept confidential</translation>
    </message>
    <message>
        <source>Violation category</source>
        <translation>Violation category</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Reason of the decision</source>
        <translation>Reason of the decision</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Forwarded to</translation>
    </message>
    <message>
        <source>Forwarding letter number</source>
        <translation>Forwarding letter number</translation>
    </message>
    <message>
        <source>Forwarding letter date</source>
        <translation>Forwarding letter date</translation>
    </message>
    <message>
        <source>Days of extension</source>
        <translation>Days of extension</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Reason for the extension</translation>
    </message>
    <message>
        <source>Initial review</source>
        <translation>Initial review</translation>
    </message>
    <message>
        <source>Analysis: facts</source>
        <translation>Analysis: facts</translation>
    </message>
    <message>
        <source>Analysis: legal elements</source>
        <translation>Analysis: legal elements</translation>
    </message>
    <message>
        <source>Analysis: conclusion</source>
        <translation>Analysis: conclusion</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Person reported</source>
        <translation>Person reported</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Position category</source>
        <translation>Position category</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Scheduled for</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Why online</source>
        <translation>Why online</translation>
    </message>
    <message>
        <source>Examiners</source>
        <translation>Examiners</translation>
    </message>
    <message>
        <source>Letter of assignment</source>
        <translation>Letter of assignment</translation>
    </message>
    <message>
        <source>Invited on</source>
        <translation>Invited on</translation>
    </message>
    <message>
        <source>Invited again on</source>
        <translation>Invited again on</translation>
    </message>
    <message>
        <source>Invitation delivered</source>
        <translation>Invitation delivered</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Oath</source>
        <translation>Oath</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Date forwarded</source>
        <translation>Date forwarded</translation>
    </message>
    <message>
        <source>Recommendation number</source>
        <translation>Recommendation number</translation>
    </message>
    <message>
        <source>Recommendation date</source>
        <translation>Recommendation date</translation>
    </message>
    <message>
        <source>Sanction recommended</source>
        <translation>Sanction recommended</translation>
    </message>
    <message>
        <source>PPK</source>
        <translation>PPK</translation>
    </message>
    <message>
        <source>PPK office</source>
        <translation>PPK office</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Response due</translation>
    </message>
    <message>
        <source>PPK decision number</source>
        <translation>PPK decision number</translation>
    </message>
    <message>
        <source>PPK decision date</source>
        <translation>PPK decision date</translation>
    </message>
    <message>
        <source>Sanction imposed</source>
        <translation>Sanction imposed</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Unknown procedure profile %1.</source>
        <translation>Unknown procedure profile %1.</translation>
    </message>
    <message>
        <source>Procedure: %1 (%2)</source>
        <translation>Procedure: %1 (%2)</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
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
        <source>Clarification started</source>
        <translation>Clarification started</translation>
    </message>
    <message>
        <source>Analysis started</source>
        <translation>Analysis started</translation>
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
        <source>Decision deadline extended</source>
        <translation>Decision deadline extended</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>Case recorded</source>
        <translation>Case recorded</translation>
    </message>
    <message>
        <source>Case deleted</source>
        <translation>Case deleted</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Person added</translation>
    </message>
    <message>
        <source>Person removed</source>
        <translation>Person removed</translation>
    </message>
    <message>
        <source>Person edited</source>
        <translation>Person edited</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>Evidence added</translation>
    </message>
    <message>
        <source>Evidence removed</source>
        <translation>Evidence removed</translation>
    </message>
    <message>
        <source>Evidence edited</source>
        <translation>Evidence edited</translation>
    </message>
    <message>
        <source>Hearing scheduled</source>
        <translation>Hearing scheduled</translation>
    </message>
    <message>
        <source>Hearing removed</source>
        <translation>Hearing removed</translation>
    </message>
    <message>
        <source>Hearing edited</source>
        <translation>Hearing edited</translation>
    </message>
    <message>
        <source>Person invited to a hearing</source>
        <translation>Person invited to a hearing</translation>
    </message>
    <message>
        <source>Invitation removed</source>
        <translation>Invitation removed</translation>
    </message>
    <message>
        <source>Invitation edited</source>
        <translation>Invitation edited</translation>
    </message>
    <message>
        <source>Follow-up recorded</source>
        <translation>Follow-up recorded</translation>
    </message>
    <message>
        <source>Follow-up removed</source>
        <translation>Follow-up removed</translation>
    </message>
    <message>
        <source>Follow-up edited</source>
        <translation>Follow-up edited</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 of %2 requirements met</source>
        <translation>%1 of %2 requirements met</translation>
    </message>
    <message>
        <source>reporter told on %1</source>
        <translation>reporter told on %1</translation>
    </message>
    <message>
        <source>Clerks</source>
        <translation>Clerks</translation>
    </message>
    <message>
        <source>Confidential identity shown</source>
        <translation>Confidential identity shown</translation>
    </message>
    <message>
        <source>Clerks assigned</source>
        <translation>Clerks assigned</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>Delivered on</translation>
    </message>
    <message>
        <source>Delivery confirmed</source>
        <translation>Delivery confirmed</translation>
    </message>
    <message>
        <source>Counsel</source>
        <translation>Counsel</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Religion</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Questions and answers</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Reason for refusing to sign</source>
        <translation>Reason for refusing to sign</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>Added at</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>%1 registered the case</source>
        <translation>%1 registered the case</translation>
    </message>
    <message>
        <source>%1 decided not to register the case</source>
        <translation>%1 decided not to register the case</translation>
    </message>
    <message>
        <source>%1 recorded the report as withdrawn</source>
        <translation>%1 recorded the report as withdrawn</translation>
    </message>
    <message>
        <source>%1 started the clarification</source>
        <translation>%1 started the clarification</translation>
    </message>
    <message>
        <source>%1 started the analysis</source>
        <translation>%1 started the analysis</translation>
    </message>
    <message>
        <source>%1 forwarded the case</source>
        <translation>%1 forwarded the case</translation>
    </message>
    <message>
        <source>%1 stopped the case</source>
        <translation>%1 stopped the case</translation>
    </message>
    <message>
        <source>%1 extended the decision deadline</source>
        <translation>%1 extended the decision deadline</translation>
    </message>
    <message>
        <source>%1 viewed the confidential identity</source>
        <translation>%1 viewed the confidential identity</translation>
    </message>
    <message>
        <source>%1 assigned the clerks</source>
        <translation>%1 assigned the clerks</translation>
    </message>
    <message>
        <source>%1 recorded the case</source>
        <translation>%1 recorded the case</translation>
    </message>
    <message>
        <source>%1 deleted the case</source>
        <translation>%1 deleted the case</translation>
    </message>
    <message>
        <source>%1 edited the case</source>
        <translation>%1 edited the case</translation>
    </message>
    <message>
        <source>%1 added a person</source>
        <translation>%1 added a person</translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <translation>%1 added %2</translation>
    </message>
    <message>
        <source>%1 removed a person</source>
        <translation>%1 removed a person</translation>
    </message>
    <message>
        <source>%1 edited a person</source>
        <translation>%1 edited a person</translation>
    </message>
    <message>
        <source>%1 added evidence</source>
        <translation>%1 added evidence</translation>
    </message>
    <message>
        <source>%1 removed evidence</source>
        <translation>%1 removed evidence</translation>
    </message>
    <message>
        <source>%1 edited evidence</source>
        <translation>%1 edited evidence</translation>
    </message>
    <message>
        <source>%1 scheduled a hearing</source>
        <translation>%1 scheduled a hearing</translation>
    </message>
    <message>
        <source>%1 removed a hearing</source>
        <translation>%1 removed a hearing</translation>
    </message>
    <message>
        <source>%1 changed a hearing</source>
        <translation>%1 changed a hearing</translation>
    </message>
    <message>
        <source>%1 invited a person to a hearing</source>
        <translation>%1 invited a person to a hearing</translation>
    </message>
    <message>
        <source>%1 removed an invitation</source>
        <translation>%1 removed an invitation</translation>
    </message>
    <message>
        <source>%1 signed the minutes</source>
        <translation>%1 signed the minutes</translation>
    </message>
    <message>
        <source>%1 recorded a refusal to sign the minutes</source>
        <translation>%1 recorded a refusal to sign the minutes</translation>
    </message>
    <message>
        <source>%1 wrote the minutes</source>
        <translation>%1 wrote the minutes</translation>
    </message>
    <message>
        <source>%1 recorded the attendance</source>
        <translation>%1 recorded the attendance</translation>
    </message>
    <message>
        <source>%1 changed an invitation</source>
        <translation>%1 changed an invitation</translation>
    </message>
    <message>
        <source>%1 added an addendum to the minutes</source>
        <translation>%1 added an addendum to the minutes</translation>
    </message>
    <message>
        <source>%1 recorded a follow-up</source>
        <translation>%1 recorded a follow-up</translation>
    </message>
    <message>
        <source>%1 removed a follow-up</source>
        <translation>%1 removed a follow-up</translation>
    </message>
    <message>
        <source>%1 edited a follow-up</source>
        <translation>%1 edited a follow-up</translation>
    </message>
    <message>
        <source>Netra</source>
        <translation>Netra</translation>
    </message>
    <message>
        <source>Persons in the case</source>
        <translation>Persons in the case</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Letter issued</source>
        <translation>Letter issued</translation>
    </message>
    <message>
        <source>Letter removed</source>
        <translation>Letter removed</translation>
    </message>
    <message>
        <source>Letter edited</source>
        <translation>Letter edited</translation>
    </message>
    <message>
        <source>%1 issued the letter %2</source>
        <translation>%1 issued the letter %2</translation>
    </message>
    <message>
        <source>the reporter</source>
        <translation>the reporter</translation>
    </message>
    <message>
        <source>a person reported</source>
        <translation>a person reported</translation>
    </message>
    <message>
        <source>a witness</source>
        <translation>a witness</translation>
    </message>
    <message>
        <source>an expert</source>
        <translation>an expert</translation>
    </message>
    <message>
        <source>%1 recorded a refusal to sign the minutes of %2</source>
        <translation>%1 recorded a refusal to sign the minutes of %2</translation>
    </message>
    <message>
        <source>%1 signed the minutes of %2</source>
        <translation>%1 signed the minutes of %2</translation>
    </message>
    <message>
        <source>%1 invited %2 to a hearing</source>
        <translation>%1 invited %2 to a hearing</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Late (%1)</source>
        <translation>Late (%1)</translation>
    </message>
    <message>
        <source>Due today (%1)</source>
        <translation>Due today (%1)</translation>
    </message>
    <message>
        <source>Due within 3 days (%1)</source>
        <translation>Due within 3 days (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n more: show all in the register</source>
        <translation><numerusform>%n more: show all in the register</numerusform><numerusform>%n more: show all in the register</numerusform></translation>
    </message>
</context>
<context>
    <name>TrackRecord</name>
    <message>
        <source>Violation proved</source>
        <translation>Violation proved</translation>
    </message>
    <message>
        <source>Not proved</source>
        <translation>Not proved</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Not decided yet</translation>
    </message>
</context>
<context>
    <name>TrackRecordDialog</name>
    <message>
        <source>Track record</source>
        <translation>Track record</translation>
    </message>
    <message>
        <source>18 digits, e.g. 19860926 201505 1 001</source>
        <translation>18 digits, e.g. 19860926 201505 1 001</translation>
    </message>
    <message>
        <source>Without a NIP: the persons reported by this name</source>
        <translation>Without a NIP: the persons reported by this name</translation>
    </message>
    <message>
        <source>Required and logged, e.g. open selection for the regional secretary 2025</source>
        <translation>Required and logged, e.g. open selection for the regional secretary 2025</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Look up</translation>
    </message>
    <message>
        <source>&amp;NIP:</source>
        <translation>&amp;NIP:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>Given &amp;to:</source>
        <translation>Given &amp;to:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Regency or city</source>
        <translation>Regency or city</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Sanction imposed</source>
        <translation>Sanction imposed</translation>
    </message>
    <message>
        <source>Double-click a person found by name to look up their NIP.</source>
        <translation>Double-click a person found by name to look up their NIP.</translation>
    </message>
    <message>
        <source>&amp;Print certificate…</source>
        <translation>&amp;Print certificate…</translation>
    </message>
    <message>
        <source>The certificate for the selection committee (surat keterangan rekam jejak), issued with the next number of the letter book and saved as a PDF.</source>
        <translation>The certificate for the selection committee (surat keterangan rekam jejak), issued with the next number of the letter book and saved as a PDF.</translation>
    </message>
    <message>
        <source>The track record cannot be looked up</source>
        <translation>The track record cannot be looked up</translation>
    </message>
    <message>
        <source>Not followed up yet</source>
        <translation>Not followed up yet</translation>
    </message>
    <message>
        <source>in this file</source>
        <translation>in this file</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>NIP %1</source>
        <translation>NIP %1</translation>
    </message>
    <message>
        <source>No case is recorded for %1 %2: the certificate states that no violation of neutrality is recorded.</source>
        <translation>No case is recorded for %1 %2: the certificate states that no violation of neutrality is recorded.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is reported in %n case(s) %2 (%3). The look-up is logged with its purpose.</source>
        <translation><numerusform>%1 is reported in %n case %2 (%3). The look-up is logged with its purpose.</numerusform><numerusform>%1 is reported in %n cases %2 (%3). The look-up is logged with its purpose.</numerusform></translation>
    </message>
    <message>
        <source>A certificate is for one NIP: look the person up by NIP first.</source>
        <translation>A certificate is for one NIP: look the person up by NIP first.</translation>
    </message>
    <message>
        <source>Print certificate</source>
        <translation>Print certificate</translation>
    </message>
    <message>
        <source>PDF on A4 paper (*.pdf)</source>
        <translation>PDF on A4 paper (*.pdf)</translation>
    </message>
    <message>
        <source>PDF on F4 paper (*.pdf)</source>
        <translation>PDF on F4 paper (*.pdf)</translation>
    </message>
    <message>
        <source>The certificate cannot be printed</source>
        <translation>The certificate cannot be printed</translation>
    </message>
    <message>
        <source>Certificate saved to %1.</source>
        <translation>Certificate saved to %1.</translation>
    </message>
    <message>
        <source>The NIP of a civil servant (PNS) or the NI PPPK of a contract civil servant: 18 digits, spaces allowed.</source>
        <translation>The NIP of a civil servant (PNS) or the NI PPPK of a contract civil servant: 18 digits, spaces allowed.</translation>
    </message>
</context>
<context>
    <name>TrackRecordRepository</name>
    <message>
        <source>%1 is not a valid NIP: %2</source>
        <translation>%1 is not a valid NIP: %2</translation>
    </message>
    <message>
        <source>Give the NIP of the person, or at least three letters of the name.</source>
        <translation>Give the NIP of the person, or at least three letters of the name.</translation>
    </message>
    <message>
        <source>Say why the track record is looked up (at least %1 characters): every look-up is logged with its purpose.</source>
        <translation>Say why the track record is looked up (at least %1 characters): every look-up is logged with its purpose.</translation>
    </message>
    <message>
        <source>The track record could not be read: %1</source>
        <translation>The track record could not be read: %1</translation>
    </message>
    <message>
        <source>The look-up could not be logged, so the record is not shown: %1</source>
        <translation>The look-up could not be logged, so the record is not shown: %1</translation>
    </message>
</context>
<context>
    <name>TrailCheck</name>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (user %2)</translation>
    </message>
    <message>
        <source>%1 (case %2)</source>
        <translation>%1 (case %2)</translation>
    </message>
    <message>
        <source>Table %1, record %2: the field %3 differs from its last value in the change log; it was changed outside Netra.</source>
        <translation>Table %1, record %2: the field %3 differs from its last value in the change log; it was changed outside Netra.</translation>
    </message>
    <message>
        <source>Table %1, record %2: the field %3 is "%4" but the change log last gave it "%5"; it was changed outside Netra.</source>
        <translation>Table %1, record %2: the field %3 is "%4" but the change log last gave it "%5"; it was changed outside Netra.</translation>
    </message>
    <message>
        <source>Table %1, record %2 is not in the change log; it was added outside Netra.</source>
        <translation>Table %1, record %2 is not in the change log; it was added outside Netra.</translation>
    </message>
    <message>
        <source>Table %1, record %2 is in the change log but no longer in the file; it was removed outside Netra.</source>
        <translation>Table %1, record %2 is in the change log but no longer in the file; it was removed outside Netra.</translation>
    </message>
    <message>
        <source>Table %1, record %2 is in the file although the change log records its removal.</source>
        <translation>Table %1, record %2 is in the file although the change log records its removal.</translation>
    </message>
    <message>
        <source>The %1 "%2" is not part of Netra's schema; it was added outside Netra.</source>
        <translation>The %1 "%2" is not part of Netra's schema; it was added outside Netra.</translation>
    </message>
    <message>
        <source>The %1 "%2" differs from Netra's schema; it was changed outside Netra.</source>
        <translation>The %1 "%2" differs from Netra's schema; it was changed outside Netra.</translation>
    </message>
    <message>
        <source>The %1 "%2" of Netra's schema is missing.</source>
        <translation>The %1 "%2" of Netra's schema is missing.</translation>
    </message>
    <message>
        <source>The %1 carries no head of the change log (it was made by an earlier version of Netra); history cannot be compared.</source>
        <translation>The %1 carries no head of the change log (it was made by an earlier version of Netra); history cannot be compared.</translation>
    </message>
    <message numerus="yes">
        <source>The change log is the same as in the %1 (%n entries).</source>
        <translation><numerusform>The change log is the same as in the %1 (%n entry).</numerusform><numerusform>The change log is the same as in the %1 (%n entries).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The change log continues the one in the %1: its %2 entries are unchanged, %n entries since.</source>
        <translation><numerusform>The change log continues the one in the %1: its %2 entries are unchanged, %n entry since.</numerusform><numerusform>The change log continues the one in the %1: its %2 entries are unchanged, %n entries since.</numerusform></translation>
    </message>
    <message>
        <source>History was rewritten: the %1's change log has %2 entries, this file's only %3; entries from position %4 on are gone.</source>
        <translation>History was rewritten: the %1's change log has %2 entries, this file's only %3; entries from position %4 on are gone.</translation>
    </message>
    <message>
        <source>History was rewritten: this file's change log differs from the %1's at or before position %2, the %1's last entry (this file's entry %3, %4, by %5).</source>
        <translation>History was rewritten: this file's change log differs from the %1's at or before position %2, the %1's last entry (this file's entry %3, %4, by %5).</translation>
    </message>
    <message>
        <source>History was rewritten: the change log differs from the %1's from position %2 on (this file's entry %3, %4, by %5).</source>
        <translation>History was rewritten: the change log differs from the %1's from position %2 on (this file's entry %3, %4, by %5).</translation>
    </message>
    <message>
        <source>Not yet covered by the change log: the password of %1, set before Netra logged a password's digest; covered from its next change.</source>
        <translation>Not yet covered by the change log: the password of %1, set before Netra logged a password's digest; covered from its next change.</translation>
    </message>
    <message numerus="yes">
        <source>Not yet covered by the change log: the minutes lines of %n person(s) heard, saved before Netra logged their digest; covered from their next save.</source>
        <translation><numerusform>Not yet covered by the change log: the minutes lines of %n person heard, saved before Netra logged their digest; covered from their next save.</numerusform><numerusform>Not yet covered by the change log: the minutes lines of %n persons heard, saved before Netra logged their digest; covered from their next save.</numerusform></translation>
    </message>
    <message>
        <source>The identities of this file were encrypted on %2 by %3, which sealed them in its change log and so changed its entries; the %1 is older than that and carries only the head of its log, so history before cannot be compared with it. Compare with a backup made before that day.</source>
        <translation>The identities of this file were encrypted on %2 by %3, which sealed them in its change log and so changed its entries; the %1 is older than that and carries only the head of its log, so history before cannot be compared with it. Compare with a backup made before that day.</translation>
    </message>
    <message numerus="yes">
        <source>The change log continues the one in the %1: its %2 entries are unchanged but for the identities sealed when they were encrypted on %3 by %4; %n entries since.</source>
        <translation><numerusform>The change log continues the one in the %1: its %2 entries are unchanged but for the identities sealed when they were encrypted on %3 by %4; %n entry since.</numerusform><numerusform>The change log continues the one in the %1: its %2 entries are unchanged but for the identities sealed when they were encrypted on %3 by %4; %n entries since.</numerusform></translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>May sign in</source>
        <translation>May sign in</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>User %1</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>%1 gets a new key with this password: confidential identities in drafts %1 was typing are lost, and a coordinator's key to the confidential identities is given again when another coordinator who holds it signs in (or with the recovery key).</source>
        <translation>%1 gets a new key with this password: confidential identities in drafts %1 was typing are lost, and a coordinator's key to the confidential identities is given again when another coordinator who holds it signs in (or with the recovery key).</translation>
    </message>
    <message>
        <source>A user of one regency sees and changes that office's cases; a user of a province or of the whole country reads the cases of its offices. A user with a scope signs in to the server with an account of their own.</source>
        <translation>A user of one regency sees and changes that office's cases; a user of a province or of the whole country reads the cases of its offices. A user with a scope signs in to the server with an account of their own.</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Scope:</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation><numerusform>The password must have at least %n character.</numerusform><numerusform>The password must have at least %n characters.</numerusform></translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>The password must not be the user name.</translation>
    </message>
    <message>
        <source>The first user of a data file is its administrator.</source>
        <translation>The first user of a data file is its administrator.</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 letters, digits, dots, hyphens or underscores.</source>
        <translation>A user name has 2 to 32 letters, digits, dots, hyphens or underscores.</translation>
    </message>
    <message>
        <source>Enter the user's full name.</source>
        <translation>Enter the user's full name.</translation>
    </message>
    <message>
        <source>The user name %1 is already in use.</source>
        <translation>The user name %1 is already in use.</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?).</source>
        <translation>The password could not be hashed (out of memory?).</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>The user no longer exists.</translation>
    </message>
    <message>
        <source>%1 is the only active administrator; make another user administrator first.</source>
        <translation>%1 is the only active administrator; make another user administrator first.</translation>
    </message>
    <message>
        <source>The user could not be stored: %1</source>
        <translation>The user could not be stored: %1</translation>
    </message>
    <message>
        <source>The password could not be stored: %1</source>
        <translation>The password could not be stored: %1</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation><numerusform>Too many wrong passwords. Try again in %n second.</numerusform><numerusform>Too many wrong passwords. Try again in %n seconds.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before the next try.</source>
        <translation><numerusform>Wait %n second before the next try.</numerusform><numerusform>Wait %n seconds before the next try.</numerusform></translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>The case no longer exists.</translation>
    </message>
    <message>
        <source>Only users with the clerk role can be assigned.</source>
        <translation>Only users with the clerk role can be assigned.</translation>
    </message>
    <message>
        <source>The assignment could not be stored: %1</source>
        <translation>The assignment could not be stored: %1</translation>
    </message>
    <message>
        <source>The user %1 does not exist.</source>
        <translation>The user %1 does not exist.</translation>
    </message>
    <message>
        <source>A scope is for a server that holds many offices; the users of an office's own store have none.</source>
        <translation>A scope is for a server that holds many offices; the users of an office's own store have none.</translation>
    </message>
    <message>
        <source>An administrator of %1 manages users of that scope only.</source>
        <translation>An administrator of %1 manages users of that scope only.</translation>
    </message>
    <message>
        <source>An administrator of %1 cannot manage a user of %2.</source>
        <translation>An administrator of %1 cannot manage a user of %2.</translation>
    </message>
    <message>
        <source>%1 signs in through the store's shared account and cannot be given a scope; add a new user with a scope.</source>
        <translation>%1 signs in through the store's shared account and cannot be given a scope; add a new user with a scope.</translation>
    </message>
    <message>
        <source>%1 has a scope of their own; it can be changed, not removed.</source>
        <translation>%1 has a scope of their own; it can be changed, not removed.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>May sign in</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Add...</translation>
    </message>
    <message>
        <source>New &amp;password...</source>
        <translation>New &amp;password...</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Edit...</translation>
    </message>
</context>
<context>
    <name>XlsxFile</name>
    <message>
        <source>The XLSX file could not be started at %1.</source>
        <translation>The XLSX file could not be started at %1.</translation>
    </message>
    <message>
        <source>The XLSX file could not be written to %1: %2</source>
        <translation>The XLSX file could not be written to %1: %2</translation>
    </message>
</context>
</TS>