#include "Schema.h"

#include "ServerAccounts.h"

namespace Schema {

QString searchRowSelect(const SqlDialect &dialect)
{
    return QStringLiteral("SELECT c.id, c.receipt_number || ' ' || c.registration_number,"
                          " CASE WHEN c.reporter_confidential <> 0 THEN '' ELSE c.reporter_name"
                          " END || ' ' || coalesce(%1, ''), coalesce(%2, ''), coalesce(%3, ''),"
                          " c.description || ' ' || c.event_place"
                          " FROM cases c LEFT JOIN parties p ON p.case_id = c.id")
        .arg(dialect.textAggregate(QStringLiteral("p.name"), QStringLiteral(" ")),
             dialect.textAggregate(QStringLiteral("p.nip"), QStringLiteral(" ")),
             dialect.textAggregate(QStringLiteral("p.agency"), QStringLiteral(" ")));
}

QList<QStringList> steps(const SqlDialect &dialect)
{
    return {
        // 1: cases, their parties and evidence, the change log, numbering, holidays.
        {
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE cases ("
                " id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, updated_at TEXT NOT NULL,"
                " source TEXT NOT NULL, election TEXT NOT NULL, profile TEXT NOT NULL,"
                " regency_code TEXT NOT NULL, district_code TEXT NOT NULL DEFAULT '',"
                " status TEXT NOT NULL,"
                " receipt_number TEXT NOT NULL DEFAULT '',"
                " registration_number TEXT NOT NULL DEFAULT '',"
                " event_date TEXT, known_date TEXT, received_date TEXT NOT NULL,"
                " registered_date TEXT, decided_date TEXT,"
                " event_place TEXT NOT NULL DEFAULT '',"
                " reporter_name TEXT NOT NULL DEFAULT '',"
                " reporter_address TEXT NOT NULL DEFAULT '',"
                " reporter_contact TEXT NOT NULL DEFAULT '',"
                " reporter_confidential INTEGER NOT NULL DEFAULT 0,"
                " violation_category TEXT NOT NULL DEFAULT '',"
                " description TEXT NOT NULL DEFAULT '',"
                " decision_reason TEXT NOT NULL DEFAULT '',"
                " forwarded_to TEXT NOT NULL DEFAULT '',"
                " forwarding_letter_number TEXT NOT NULL DEFAULT '',"
                " forwarding_letter_date TEXT,"
                " extension_days INTEGER NOT NULL DEFAULT 0,"
                " extension_reason TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX cases_received ON cases(received_date)"),
            QStringLiteral("CREATE INDEX cases_status ON cases(status)"),
            QStringLiteral("CREATE INDEX cases_regency ON cases(regency_code)"),
            QStringLiteral("CREATE UNIQUE INDEX cases_registration_number"
                           " ON cases(registration_number) WHERE registration_number <> ''"),
            QStringLiteral("CREATE UNIQUE INDEX cases_receipt_number"
                           " ON cases(receipt_number) WHERE receipt_number <> ''"),
            QStringLiteral(
                "CREATE TABLE parties ("
                " id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, updated_at TEXT NOT NULL,"
                " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                " position INTEGER NOT NULL, role TEXT NOT NULL, name TEXT NOT NULL,"
                " nip TEXT NOT NULL DEFAULT '', position_title TEXT NOT NULL DEFAULT '',"
                " position_category TEXT NOT NULL DEFAULT '', agency TEXT NOT NULL DEFAULT '',"
                " address TEXT NOT NULL DEFAULT '', contact TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX parties_case ON parties(case_id, position)"),
            QStringLiteral("CREATE INDEX parties_nip ON parties(nip) WHERE nip <> ''"),
            QStringLiteral(
                "CREATE TABLE attachments ("
                " id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, updated_at TEXT NOT NULL,"
                " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                " name TEXT NOT NULL, mime TEXT NOT NULL DEFAULT '', size INTEGER NOT NULL,"
                " sha256 TEXT NOT NULL, data BLOB NOT NULL, added_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX attachments_case ON attachments(case_id)"),
            QStringLiteral(
                "CREATE TABLE change_log ("
                " id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL,"
                " record_table TEXT NOT NULL, record_uuid TEXT NOT NULL,"
                " case_uuid TEXT NOT NULL, action TEXT NOT NULL, changes TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX change_log_case ON change_log(case_uuid)"),
            QStringLiteral("CREATE TABLE sequences (year INTEGER NOT NULL, kind TEXT NOT NULL,"
                           " last INTEGER NOT NULL, PRIMARY KEY (year, kind))"),
            QStringLiteral("CREATE TABLE holidays (date TEXT PRIMARY KEY, name TEXT NOT NULL,"
                           " kind TEXT NOT NULL)"),
        },
        // 2: clarification hearings, their minutes, and the follow-up of each person reported.
        {
            QStringLiteral(
                "CREATE TABLE hearings ("
                " id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, updated_at TEXT NOT NULL,"
                " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                " scheduled_at TEXT NOT NULL, place TEXT NOT NULL DEFAULT '',"
                " online INTEGER NOT NULL DEFAULT 0, platform TEXT NOT NULL DEFAULT '',"
                " online_reason TEXT NOT NULL DEFAULT '', examiners TEXT NOT NULL DEFAULT '',"
                " assignment_letter TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX hearings_case ON hearings(case_id)"),
            QStringLiteral(
                "CREATE TABLE hearing_attendees ("
                " id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, updated_at TEXT NOT NULL,"
                " hearing_id INTEGER NOT NULL REFERENCES hearings(id) ON DELETE CASCADE,"
                " party_id INTEGER REFERENCES parties(id) ON DELETE SET NULL,"
                " role TEXT NOT NULL, name TEXT NOT NULL,"
                " invited_on TEXT, second_invited_on TEXT,"
                " delivery TEXT NOT NULL DEFAULT '', attendance TEXT NOT NULL DEFAULT '',"
                " oath TEXT NOT NULL DEFAULT '')"),
            QStringLiteral(
                "CREATE INDEX hearing_attendees_hearing ON hearing_attendees(hearing_id)"),
            QStringLiteral(
                "CREATE TABLE minutes_entries ("
                " id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, updated_at TEXT NOT NULL,"
                " attendee_id INTEGER NOT NULL REFERENCES hearing_attendees(id) ON DELETE CASCADE,"
                " position INTEGER NOT NULL, question TEXT NOT NULL DEFAULT '',"
                " answer TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX minutes_entries_attendee"
                           " ON minutes_entries(attendee_id, position)"),
            QStringLiteral(
                "CREATE TABLE followups ("
                " id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, updated_at TEXT NOT NULL,"
                " party_id INTEGER NOT NULL UNIQUE REFERENCES parties(id) ON DELETE CASCADE,"
                " authority TEXT NOT NULL DEFAULT '', forwarded_date TEXT,"
                " recommendation_number TEXT NOT NULL DEFAULT '', recommendation_date TEXT,"
                " sanction_recommended TEXT NOT NULL DEFAULT '',"
                " ppk_name TEXT NOT NULL DEFAULT '', ppk_office TEXT NOT NULL DEFAULT '',"
                " response_due TEXT, ppk_decision_number TEXT NOT NULL DEFAULT '',"
                " ppk_decision_date TEXT, sanction_imposed TEXT NOT NULL DEFAULT '')"),
        },
        // 3: the next pending deadline of each case, kept by the store from the deadline
        // calculator, so that the register sorts and filters by it without computing 100,000
        // cases.
        {
            QStringLiteral("ALTER TABLE cases ADD COLUMN next_deadline TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE cases ADD COLUMN next_due TEXT"),
            QStringLiteral("CREATE INDEX cases_next_due ON cases(next_due)"),
        },
        // 4: the initial review checklist, the structured analysis, and full-text search over
        // numbers, names, NIPs, agencies and descriptions (diacritics and case ignored). A
        // confidential reporter's name is never indexed, so a search cannot reveal it.
        {
            QStringLiteral("ALTER TABLE cases ADD COLUMN review TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE cases ADD COLUMN analysis_facts TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE cases ADD COLUMN analysis_elements TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE cases ADD COLUMN analysis_conclusion TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE VIRTUAL TABLE case_search USING fts5(numbers, names, nips,"
                           " agencies, description, tokenize = 'unicode61 remove_diacritics 2')"),
            QStringLiteral("INSERT INTO case_search (rowid, numbers, names, nips, agencies,"
                           " description) ") +
                searchRowSelect(dialect) + QStringLiteral(" GROUP BY c.id"),
            // What a user typed and has not saved yet, kept so that a killed program loses
            // nothing: one draft per form ("case:12", "case:new").
            QStringLiteral("CREATE TABLE drafts (key TEXT PRIMARY KEY, content TEXT NOT NULL,"
                           " saved_at TEXT NOT NULL)"),
        },
        // 5: clarification hearings in full: which invitation (first or second), its delivery
        // and confirmation, counsel, the identity block of the minutes, signing or the refusal
        // to sign, and the dated addenda to signed minutes. Persons heard before this version
        // keep their records, with no identity recorded and nothing signed.
        {
            QStringLiteral("ALTER TABLE hearing_attendees"
                           " ADD COLUMN invitation INTEGER NOT NULL DEFAULT 1"),
            QStringLiteral("ALTER TABLE hearing_attendees ADD COLUMN delivered_on TEXT"),
            QStringLiteral("ALTER TABLE hearing_attendees"
                           " ADD COLUMN delivery_confirmed INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral(
                "ALTER TABLE hearing_attendees ADD COLUMN counsel TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE hearing_attendees ADD COLUMN birth_place TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE hearing_attendees ADD COLUMN birth_date TEXT"),
            QStringLiteral(
                "ALTER TABLE hearing_attendees ADD COLUMN occupation TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE hearing_attendees ADD COLUMN religion TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE hearing_attendees ADD COLUMN nationality TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE hearing_attendees ADD COLUMN address TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE hearing_attendees ADD COLUMN signed_at TEXT"),
            QStringLiteral(
                "ALTER TABLE hearing_attendees ADD COLUMN signed_by TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE hearing_attendees ADD COLUMN sign_refusal TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "CREATE TABLE minutes_addenda ("
                " id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, updated_at TEXT NOT NULL,"
                " attendee_id INTEGER NOT NULL REFERENCES hearing_attendees(id) ON DELETE CASCADE,"
                " added_at TEXT NOT NULL, text TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX minutes_addenda_attendee"
                           " ON minutes_addenda(attendee_id, added_at)"),
        },
        // 6: what came from elsewhere. The key of a case brought in from a CSV register, so
        // that importing the same register again finds it even when the register gave it no
        // number; and for packages between levels (docs/package.md), for each record imported,
        // the update time of the version this file took from a package (or saw and kept its
        // own), so that a later package tells an update from a change on both sides.
        {
            QStringLiteral("ALTER TABLE cases ADD COLUMN import_key TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX cases_import_key ON cases(import_key)"
                           " WHERE import_key <> ''"),
            QStringLiteral("CREATE TABLE sync_state (record_uuid TEXT PRIMARY KEY,"
                           " record_table TEXT NOT NULL, imported_updated_at TEXT NOT NULL)"),
        },
        // 7: who may do what, and a trail that cannot be rewritten unnoticed. Local accounts
        // (Argon2id password hashes, consecutive failed logins for the slow-down), the clerks
        // assigned to each case's hearings, and the hash chain of the change log: each entry
        // carries the hash of the entry before it and a hash over its own content.
        {
            QStringLiteral(
                "CREATE TABLE users ("
                " id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, updated_at TEXT NOT NULL,"
                " login TEXT NOT NULL UNIQUE COLLATE NOCASE, full_name TEXT NOT NULL,"
                " role TEXT NOT NULL, password_hash TEXT NOT NULL,"
                " active INTEGER NOT NULL DEFAULT 1,"
                " failed_attempts INTEGER NOT NULL DEFAULT 0, last_failed_at TEXT,"
                " last_login_at TEXT)"),
            QStringLiteral("CREATE TABLE case_assignments ("
                           " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                           " user_id INTEGER NOT NULL REFERENCES users(id),"
                           " PRIMARY KEY (case_id, user_id))"),
            QStringLiteral("CREATE INDEX case_assignments_user ON case_assignments(user_id)"),
            QStringLiteral("ALTER TABLE change_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE change_log ADD COLUMN hash TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("INSERT INTO settings (key, value) VALUES"
                           " ('idle_lock_minutes', '10'), ('backup_keep', '10')"
                           " ON CONFLICT DO NOTHING"),
        },
        // 8: the outgoing letter book (agenda surat keluar). Every letter that leaves the
        // office takes its number here when it is issued, from the office's letter pattern and
        // its own yearly sequence (the "letter" kind in sequences); `document` says which
        // letter it is, so that a reprint finds its number again.
        {
            QStringLiteral(
                "CREATE TABLE letters ("
                " id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, updated_at TEXT NOT NULL,"
                " year INTEGER NOT NULL, seq INTEGER, number TEXT NOT NULL UNIQUE,"
                " issued_on TEXT NOT NULL, kind TEXT NOT NULL, document TEXT NOT NULL UNIQUE,"
                " case_id INTEGER REFERENCES cases(id) ON DELETE SET NULL,"
                " case_number TEXT NOT NULL DEFAULT '', addressee TEXT NOT NULL DEFAULT '',"
                " subject TEXT NOT NULL DEFAULT '', signatory TEXT NOT NULL DEFAULT '',"
                " issued_by TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE UNIQUE INDEX letters_seq ON letters(year, seq)"
                           " WHERE seq IS NOT NULL"),
            QStringLiteral("CREATE INDEX letters_case ON letters(case_id)"),
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('letter_pattern',"
                           " '{seq:3}/PP.01.02/K.{office}/{month}/{year}') ON CONFLICT DO NOTHING"),
        },
        // 9: confidential identities encrypted at rest (KeyStore; README "How identities are
        // protected"). Each user's key pair, its secret key wrapped by a key derived from the
        // user's password; the file's secret key sealed to each user allowed to reveal (a grant).
        // The file's public key and its secret key wrapped by the recovery key are settings,
        // made when an administrator or a coordinator first signs in (KeyStore::convert).
        {
            QStringLiteral("CREATE TABLE user_keys ("
                           " user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,"
                           " public_key TEXT NOT NULL, wrapped_secret TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE key_grants ("
                           " user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,"
                           " sealed_key TEXT NOT NULL, granted_at TEXT NOT NULL,"
                           " granted_by TEXT NOT NULL)"),
        },
        // 10: prevention activities (pencegahan): outreach, declarations of neutrality,
        // coordination meetings and appeal letters (surat imbauan), each with its regency, the
        // agencies and positions reached and its participants; their attachments (attendance
        // lists, photos) kept inside the file with their SHA-256 as a case's evidence is. An
        // appeal letter's number is in the letter book ("appeal:<uuid>").
        {
            QStringLiteral(
                "CREATE TABLE activities ("
                " id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, updated_at TEXT NOT NULL,"
                " kind TEXT NOT NULL, held_on TEXT NOT NULL, regency_code TEXT NOT NULL,"
                " title TEXT NOT NULL DEFAULT '', place TEXT NOT NULL DEFAULT '',"
                " online INTEGER NOT NULL DEFAULT 0, platform TEXT NOT NULL DEFAULT '',"
                " agencies TEXT NOT NULL DEFAULT '', positions TEXT NOT NULL DEFAULT '',"
                " participants INTEGER NOT NULL DEFAULT 0, notes TEXT NOT NULL DEFAULT '',"
                " addressee_kind TEXT NOT NULL DEFAULT '', addressee TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX activities_held ON activities(held_on)"),
            QStringLiteral(
                "CREATE TABLE activity_attachments ("
                " id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, updated_at TEXT NOT NULL,"
                " activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,"
                " name TEXT NOT NULL, mime TEXT NOT NULL DEFAULT '', size INTEGER NOT NULL,"
                " sha256 TEXT NOT NULL, data BLOB NOT NULL, added_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX activity_attachments_activity ON activity_attachments(activity_id)"),
        },
        // 11: many offices on one server (README "Many offices on one server"). Each user's
        // scope: one regency, one province or national; empty for a user of one office's own
        // store. Who wrote a draft, so that a new case typed at one office is nobody else's.
        // On a server, the rules that keep each user's database role to its scope
        // (ServerAccounts). A later version that adds a table gives it a policy there too and
        // ends with `SELECT netra_grant_users()`.
        QStringList{
            QStringLiteral("ALTER TABLE users ADD COLUMN scope TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE drafts ADD COLUMN author TEXT NOT NULL DEFAULT ''"),
        } + (dialect.isServer() ? ServerAccounts::rowSecurity() : QStringList()),
        // 12: supervision leads (informasi awal): what monitoring brought in (its date, the kind
        // and detail of its source, the regency, the persons and agency concerned), its tracing
        // notes (penelusuran), and how it was closed: not pursued (with the reason) or turned
        // into a finding (the finding case's uuid and the date it was found, from which the
        // finding's window counts). A public informant's name and contact, kept out of the
        // change log (its digest is logged) and of packages; its evidence files as an
        // activity's are. On a server, kept to the scope by their regency (ServerAccounts).
        QStringList{
            QStringLiteral(
                "CREATE TABLE leads ("
                " id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, updated_at TEXT NOT NULL,"
                " received_on TEXT NOT NULL, source_kind TEXT NOT NULL,"
                " source_detail TEXT NOT NULL DEFAULT '', regency_code TEXT NOT NULL,"
                " persons TEXT NOT NULL DEFAULT '', agency TEXT NOT NULL DEFAULT '',"
                " description TEXT NOT NULL DEFAULT '',"
                " informant_name TEXT NOT NULL DEFAULT '',"
                " informant_contact TEXT NOT NULL DEFAULT '',"
                " informant_confidential INTEGER NOT NULL DEFAULT 0,"
                " status TEXT NOT NULL, closed_on TEXT, close_reason TEXT NOT NULL DEFAULT '',"
                " found_on TEXT, case_uuid TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX leads_received ON leads(received_on)"),
            QStringLiteral("CREATE INDEX leads_case ON leads(case_uuid)"),
            QStringLiteral("CREATE TABLE lead_notes ("
                           " id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
                           " updated_at TEXT NOT NULL,"
                           " lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,"
                           " noted_on TEXT NOT NULL, note TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX lead_notes_lead ON lead_notes(lead_id)"),
            QStringLiteral(
                "CREATE TABLE lead_attachments ("
                " id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, updated_at TEXT NOT NULL,"
                " lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,"
                " name TEXT NOT NULL, mime TEXT NOT NULL DEFAULT '', size INTEGER NOT NULL,"
                " sha256 TEXT NOT NULL, data BLOB NOT NULL, added_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX lead_attachments_lead ON lead_attachments(lead_id)"),
        } + (dialect.isServer() ? ServerAccounts::leadsSecurity() : QStringList()),
        // 13: offices of one server keep their own settings (letterhead, signatories, number
        // patterns) and draw their case and letter numbers from their own sequences: both keyed
        // by the office ('' for the store's own: a file, an office's server; else the regency or
        // province a user is kept to, SettingsRepository::office), and a letter's sequence number
        // unique within its office's book. On a server, an office's rows are kept to its scope.
        QStringList{
            QStringLiteral("CREATE TABLE office_settings (office TEXT NOT NULL DEFAULT '',"
                           " key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (office, key))"),
            QStringLiteral("INSERT INTO office_settings (office, key, value)"
                           " SELECT '', key, value FROM settings"),
            QStringLiteral("DROP TABLE settings"),
            QStringLiteral("ALTER TABLE office_settings RENAME TO settings"),
            QStringLiteral("CREATE TABLE office_sequences (office TEXT NOT NULL DEFAULT '',"
                           " year INTEGER NOT NULL, kind TEXT NOT NULL, last INTEGER NOT NULL,"
                           " PRIMARY KEY (office, year, kind))"),
            QStringLiteral("INSERT INTO office_sequences (office, year, kind, last)"
                           " SELECT '', year, kind, last FROM sequences"),
            QStringLiteral("DROP TABLE sequences"),
            QStringLiteral("ALTER TABLE office_sequences RENAME TO sequences"),
            QStringLiteral("ALTER TABLE letters ADD COLUMN office TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("DROP INDEX letters_seq"),
            QStringLiteral("CREATE UNIQUE INDEX letters_seq ON letters(office, year, seq)"
                           " WHERE seq IS NOT NULL"),
        } + (dialect.isServer() ? ServerAccounts::officeSecurity() : QStringList()),
        // 14: on a server, a letter with no case (a track record's certificate, a letter to a
        // PPK's superior) is kept to the office that issued it (letters.office, since 13) as
        // well as to the nation, so that an office's users issue them; nothing in a file.
        dialect.isServer() ? ServerAccounts::lettersSecurity() : QStringList(),
        // 15: on a server, the register's search is one function that reads the search index
        // whole and keeps the cases of the session's scope (ServerAccounts::searchSecurity);
        // nothing in a file.
        dialect.isServer() ? ServerAccounts::searchSecurity() : QStringList(),
        // 16: the lengths of the cases' numbers as the register shows them (the registration
        // number, else the receipt number), so that its number column is sized to the longest
        // numbers of the file from the top of an index (CaseRepository::longestNumbers) instead
        // of every case read at each open.
        QStringList{
            QStringLiteral("CREATE INDEX cases_number_length ON cases ((length(%1)))")
                .arg(QLatin1String(CaseNumberShown)),
        },
    };
}

} // namespace Schema
