#include "store/Schema.h"

#include "policy/Payers.h"
#include "store/Database.h"
#include "store/PayerStore.h"
#include "store/RecordIntegrity.h"
#include "store/Worklist.h"

#include <QSqlRecord>

namespace pareview {
namespace {

// Version 1: cases and everything hung on them. Portable SQL; the id column
// and blob type are filled in per engine. Times are ISO 8601 UTC text so the
// same values sort and compare on both engines.
QStringList version1(Database &db)
{
    const QString id = db.idColumn();
    const QString blob = db.blobType();
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE users ("
                       " id %1,"
                       " name TEXT NOT NULL UNIQUE,"
                       " display_name TEXT NOT NULL DEFAULT '',"
                       " credentials TEXT NOT NULL DEFAULT '',"
                       " role TEXT NOT NULL CHECK (role IN ('intake-nurse','clinical-reviewer','medical-director','administrator')),"
                       " password_hash TEXT NOT NULL,"
                       " active INTEGER NOT NULL DEFAULT 1,"
                       " failed_logins INTEGER NOT NULL DEFAULT 0,"
                       " created_at TEXT NOT NULL)").arg(id),
        QStringLiteral("CREATE TABLE cases ("
                       " id %1,"
                       " reference TEXT NOT NULL UNIQUE,"
                       " member_name TEXT NOT NULL DEFAULT '',"
                       " member_id TEXT NOT NULL DEFAULT '',"
                       " birth_date TEXT,"
                       " sex_at_birth TEXT,"
                       " language TEXT NOT NULL DEFAULT 'en',"
                       " payer TEXT NOT NULL DEFAULT '',"
                       " plan TEXT NOT NULL DEFAULT '',"
                       " line_of_business TEXT,"
                       " prescriber_name TEXT NOT NULL DEFAULT '',"
                       " prescriber_npi TEXT NOT NULL DEFAULT '',"
                       " prescriber_taxonomies TEXT NOT NULL DEFAULT '',"
                       " prescriber_at_htc INTEGER,"
                       " htc_name TEXT NOT NULL DEFAULT '',"
                       " drug TEXT,"
                       " drug_text TEXT NOT NULL DEFAULT '',"
                       " hcpcs TEXT NOT NULL DEFAULT '',"
                       " ndc TEXT NOT NULL DEFAULT '',"
                       " dose_per_kg DOUBLE PRECISION,"
                       " dose_unit TEXT NOT NULL DEFAULT '',"
                       " dose_interval_hours DOUBLE PRECISION,"
                       " quantity_mcg DOUBLE PRECISION,"
                       " supply_days DOUBLE PRECISION,"
                       " request_type TEXT NOT NULL DEFAULT 'initial',"
                       " priority TEXT NOT NULL DEFAULT 'standard' CHECK (priority IN ('standard','expedited')),"
                       " received_at TEXT NOT NULL,"
                       " status TEXT NOT NULL DEFAULT 'intake' CHECK (status IN ('intake','in-review','awaiting-medical-director',"
                       "'determined','letter-issued','pended','withdrawn')),"
                       " assignee_id BIGINT REFERENCES users(id),"
                       " due_by TEXT,"
                       " clock_stopped_at TEXT,"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " created_by BIGINT REFERENCES users(id),"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)").arg(id),
        QStringLiteral("CREATE INDEX cases_queue ON cases (status, assignee_id, due_by)"),
        QStringLiteral("CREATE INDEX cases_member ON cases (member_name)"),
        QStringLiteral("CREATE INDEX cases_drug_payer ON cases (drug, payer)"),
        QStringLiteral("CREATE TABLE diagnoses ("
                       " id %1,"
                       " case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                       " code TEXT NOT NULL,"
                       " display TEXT NOT NULL DEFAULT '',"
                       " for_request INTEGER NOT NULL DEFAULT 0,"
                       " source TEXT NOT NULL DEFAULT '')").arg(id),
        QStringLiteral("CREATE INDEX diagnoses_case ON diagnoses (case_id)"),
        // Labs and attestations with provenance: where each value came from.
        QStringLiteral("CREATE TABLE facts ("
                       " id %1,"
                       " case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL CHECK (kind IN ('lab','attestation')),"
                       " name TEXT NOT NULL,"
                       " value_num DOUBLE PRECISION,"
                       " value_text TEXT,"
                       " unit TEXT NOT NULL DEFAULT '',"
                       " effective_date TEXT,"
                       " upper_limit DOUBLE PRECISION,"
                       " original_value TEXT NOT NULL DEFAULT '',"
                       " source TEXT NOT NULL,"
                       " entered_by BIGINT REFERENCES users(id),"
                       " entered_at TEXT NOT NULL)").arg(id),
        QStringLiteral("CREATE INDEX facts_case ON facts (case_id, kind, name)"),
        QStringLiteral("CREATE TABLE attachments ("
                       " id %1,"
                       " case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                       " file_name TEXT NOT NULL,"
                       " declared_type TEXT NOT NULL DEFAULT '',"
                       " detected_type TEXT NOT NULL,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " size BIGINT NOT NULL,"
                       " sha256 TEXT NOT NULL,"
                       " bytes %2,"
                       " url TEXT,"
                       " added_by BIGINT REFERENCES users(id),"
                       " added_at TEXT NOT NULL)").arg(id, blob),
        QStringLiteral("CREATE INDEX attachments_case ON attachments (case_id)"),
        QStringLiteral("CREATE TABLE criterion_decisions ("
                       " id %1,"
                       " case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                       " policy_id TEXT NOT NULL,"
                       " label TEXT NOT NULL,"
                       " status TEXT NOT NULL CHECK (status IN ('met','not-met','unknown','not-applicable')),"
                       " source TEXT NOT NULL CHECK (source IN ('auto','reviewer')),"
                       " user_id BIGINT REFERENCES users(id),"
                       " decided_at TEXT NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " attachment_id BIGINT REFERENCES attachments(id),"
                       " page INTEGER)").arg(id),
        QStringLiteral("CREATE INDEX decisions_case ON criterion_decisions (case_id, policy_id, label)"),
        QStringLiteral("CREATE TABLE determinations ("
                       " id %1,"
                       " case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                       " outcome TEXT NOT NULL CHECK (outcome IN ('approve','deny','pend','refer','withdrawn')),"
                       " rationale TEXT NOT NULL DEFAULT '',"
                       " approval_start TEXT,"
                       " approval_end TEXT,"
                       " quantity TEXT NOT NULL DEFAULT '',"
                       " refer_to TEXT NOT NULL DEFAULT '',"
                       " reply_by TEXT,"
                       " decided_by BIGINT NOT NULL REFERENCES users(id),"
                       " decided_at TEXT NOT NULL,"
                       " policy_id TEXT NOT NULL,"
                       " policy_version TEXT NOT NULL,"
                       " criteria_snapshot TEXT NOT NULL,"
                       " supersedes BIGINT REFERENCES determinations(id))").arg(id),
        QStringLiteral("CREATE INDEX determinations_case ON determinations (case_id)"),
        QStringLiteral("CREATE TABLE letters ("
                       " id %1,"
                       " case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                       " determination_id BIGINT NOT NULL REFERENCES determinations(id),"
                       " language TEXT NOT NULL,"
                       " pdf %2 NOT NULL,"
                       " sha256 TEXT NOT NULL,"
                       " issued_by BIGINT NOT NULL REFERENCES users(id),"
                       " issued_at TEXT NOT NULL)").arg(id, blob),
        // Append-only; each row carries the hash of the one before it.
        QStringLiteral("CREATE TABLE audit_log ("
                       " id %1,"
                       " at TEXT NOT NULL,"
                       " user_id BIGINT,"
                       " user_name TEXT NOT NULL DEFAULT '',"
                       " case_id BIGINT,"
                       " action TEXT NOT NULL,"
                       " detail TEXT NOT NULL DEFAULT '',"
                       " prev_hash TEXT NOT NULL,"
                       " hash TEXT NOT NULL)").arg(id),
        QStringLiteral("CREATE INDEX audit_case ON audit_log (case_id)"),
        // Turnaround times by line of business and priority: data an administrator changes.
        QStringLiteral("CREATE TABLE due_rules ("
                       " line_of_business TEXT NOT NULL,"
                       " priority TEXT NOT NULL,"
                       " hours INTEGER,"
                       " business_days INTEGER,"
                       " pend_stops_clock INTEGER NOT NULL DEFAULT 1,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (line_of_business, priority))"),
        QStringLiteral("CREATE TABLE appeal_rules ("
                       " line_of_business TEXT PRIMARY KEY,"
                       " days INTEGER NOT NULL)"),
    };
}

// Defaults from the regulations named in the issue: Medicare Advantage Part B
// 72 h / 24 h; Medicaid and CHIP 24 h; commercial and marketplace (ERISA
// pre-service) 15 days / 72 h; New York (essential plan) 3 business days.
QStringList version1Data()
{
    return {
        QStringLiteral("INSERT INTO due_rules VALUES ('medicare-advantage','standard',72,NULL,1,'Medicare Advantage Part B drug, standard')"),
        QStringLiteral("INSERT INTO due_rules VALUES ('medicare-advantage','expedited',24,NULL,1,'Medicare Advantage Part B drug, expedited')"),
        QStringLiteral("INSERT INTO due_rules VALUES ('d-snp','standard',72,NULL,1,'Medicare Advantage Part B drug, standard')"),
        QStringLiteral("INSERT INTO due_rules VALUES ('d-snp','expedited',24,NULL,1,'Medicare Advantage Part B drug, expedited')"),
        QStringLiteral("INSERT INTO due_rules VALUES ('medicaid','standard',24,NULL,1,'Medicaid covered outpatient drug')"),
        QStringLiteral("INSERT INTO due_rules VALUES ('medicaid','expedited',24,NULL,1,'Medicaid covered outpatient drug')"),
        QStringLiteral("INSERT INTO due_rules VALUES ('chip','standard',24,NULL,1,'CHIP covered outpatient drug')"),
        QStringLiteral("INSERT INTO due_rules VALUES ('chip','expedited',24,NULL,1,'CHIP covered outpatient drug')"),
        QStringLiteral("INSERT INTO due_rules VALUES ('commercial','standard',360,NULL,1,'ERISA pre-service, standard (15 days)')"),
        QStringLiteral("INSERT INTO due_rules VALUES ('commercial','expedited',72,NULL,1,'ERISA pre-service, expedited')"),
        QStringLiteral("INSERT INTO due_rules VALUES ('marketplace','standard',360,NULL,1,'ERISA pre-service, standard (15 days)')"),
        QStringLiteral("INSERT INTO due_rules VALUES ('marketplace','expedited',72,NULL,1,'ERISA pre-service, expedited')"),
        QStringLiteral("INSERT INTO due_rules VALUES ('essential-plan','standard',NULL,3,1,'New York: 3 business days from receipt of the necessary information')"),
        QStringLiteral("INSERT INTO due_rules VALUES ('essential-plan','expedited',NULL,3,1,'New York: 3 business days from receipt of the necessary information')"),
        QStringLiteral("INSERT INTO appeal_rules VALUES ('medicare-advantage',65)"),
        QStringLiteral("INSERT INTO appeal_rules VALUES ('d-snp',65)"),
        QStringLiteral("INSERT INTO appeal_rules VALUES ('medicaid',60)"),
        QStringLiteral("INSERT INTO appeal_rules VALUES ('chip',60)"),
        QStringLiteral("INSERT INTO appeal_rules VALUES ('commercial',180)"),
        QStringLiteral("INSERT INTO appeal_rules VALUES ('marketplace',180)"),
        QStringLiteral("INSERT INTO appeal_rules VALUES ('essential-plan',180)"),
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '1')"),
    };
}

// Version 2: indexes for queues of 100,000 cases and more (BENCHMARKS.md).
// Every queue and filter of the worklist reads its first page in due-by
// order straight from an index instead of sorting all its matches; a member
// is found by name prefix or id without reading the whole table; the payer
// list skips through an index; a case's attachments are listed without
// touching their bytes. (drug, payer, due_by) replaces (drug, payer), the
// attachment list index replaces (case_id).
QStringList version2(Database &db)
{
    return {
        QStringLiteral("CREATE INDEX cases_due ON cases (due_by, id)"),
        QStringLiteral("CREATE INDEX cases_assignee_due ON cases (assignee_id, due_by, id)"),
        QStringLiteral("CREATE INDEX cases_status_due ON cases (status, due_by, id)"),
        QStringLiteral("CREATE INDEX cases_drug_payer_due ON cases (drug, payer, due_by, id)"),
        QStringLiteral("DROP INDEX cases_drug_payer"),
        QStringLiteral("CREATE INDEX cases_payer ON cases (payer)"),
        QStringLiteral("CREATE INDEX cases_member_id ON cases (member_id)"),
        // A case's attachment list from the index alone: in SQLite the columns
        // after `bytes` (added_by, added_at) sit behind the blob's overflow
        // pages, which a table read walks through — 5 MiB each.
        QStringLiteral("CREATE INDEX attachments_list ON attachments (case_id, id, file_name, declared_type, detected_type, size, sha256, added_at)"),
        QStringLiteral("DROP INDEX attachments_case"),
        // The name search is a prefix match in any case: SQLite's LIKE needs
        // a NOCASE index, PostgreSQL's LOWER(…) LIKE an expression index.
        db.engine() == Database::Engine::Sqlite
            ? QStringLiteral("CREATE INDEX cases_member_nocase ON cases (member_name COLLATE NOCASE)")
            : QStringLiteral("CREATE INDEX cases_member_lower ON cases (LOWER(member_name) text_pattern_ops)"),
    };
}

// Version 3, "payer table and chosen policy": the payer table an
// administrator edits (a payer, its other names, the policies it reviews
// under), seeded from resources/catalog/payers.json; and the policy a case
// is reviewed under, once a reviewer has chosen it. Cases already decided
// keep the policy their criterion decisions, else their latest
// determination, were made under.
QStringList versionPayersAndChosenPolicy()
{
    return {
        QStringLiteral("CREATE TABLE payers ("
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " position INTEGER NOT NULL)"),
        // Every name a payer goes by, its own name included, compared by
        // PayerTable::key(): no name can mean two payers.
        QStringLiteral("CREATE TABLE payer_names ("
                       " name_key TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " payer_id TEXT NOT NULL REFERENCES payers(id),"
                       " is_alias INTEGER NOT NULL,"
                       " position INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE payer_policies ("
                       " payer_id TEXT NOT NULL REFERENCES payers(id),"
                       " policy_id TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " PRIMARY KEY (payer_id, policy_id))"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN policy_id TEXT"),
        QStringLiteral("UPDATE cases SET policy_id = (SELECT d.policy_id FROM criterion_decisions d WHERE d.case_id = cases.id"
                       " ORDER BY d.id DESC LIMIT 1)"),
        QStringLiteral("UPDATE cases SET policy_id = (SELECT d.policy_id FROM determinations d WHERE d.case_id = cases.id"
                       " ORDER BY d.id DESC LIMIT 1) WHERE policy_id IS NULL"),
    };
}

// Letters: the plain-language explanation a medical director edited for the
// member (never a reviewer's note), and why a final determination was
// superseded (its letter says which letter it replaces).
QStringList versionLetterExplanations()
{
    return {
        QStringLiteral("ALTER TABLE determinations ADD COLUMN member_explanation TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE determinations ADD COLUMN supersede_reason TEXT NOT NULL DEFAULT ''"),
    };
}

// Version 5 (fact corrections): a nurse corrects a submitted case until
// review starts; each corrected fact keeps its earlier value here, with who
// corrected it and when, for the case history.
QStringList versionFactCorrections(Database &db)
{
    return {
        QStringLiteral("CREATE TABLE fact_corrections ("
                       " id %1,"
                       " case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                       " field TEXT NOT NULL,"
                       " previous TEXT NOT NULL,"
                       " corrected TEXT NOT NULL,"
                       " corrected_by BIGINT REFERENCES users(id),"
                       " corrected_at TEXT NOT NULL)").arg(db.idColumn()),
        QStringLiteral("CREATE INDEX fact_corrections_case ON fact_corrections (case_id, id)"),
    };
}

// Version 6, "worklist search terms" (issue 10, point 9): the worklist finds
// a case by any word of the member's name, the member id or the case
// reference, each typed word the start of a term. One row per term and case,
// written with the case (Worklist::indexCase); the primary key serves the
// prefix range, the second index the rewrite of one case's terms. Terms
// compare in code point order on both engines ("C" on PostgreSQL), which the
// prefix range relies on. Filled for the cases already stored.
QStringList versionSearchTerms(Database &db)
{
    const bool sqlite = db.engine() == Database::Engine::Sqlite;
    return {
        QStringLiteral("CREATE TABLE case_search_terms ("
                       " term TEXT %1 NOT NULL,"
                       " case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (term, case_id))%2")
            .arg(sqlite ? QString() : QStringLiteral("COLLATE \"C\""), sqlite ? QStringLiteral(" WITHOUT ROWID") : QString()),
        QStringLiteral("CREATE INDEX case_search_terms_case ON case_search_terms (case_id)"),
    };
}

// Version 7, "team workstations" (issue 15): who has a case open, kept
// alive by a heartbeat (a workstation that died leaves a row that expires,
// Presence::ExpirySeconds); the keys of writes already done, so a write
// retried after its commit reply was lost returns what it did the first
// time instead of doing it again; and on PostgreSQL a notification on each
// audited change and each case opened or left, which the other workstations
// LISTEN for (ChangeWatcher).
QStringList versionTeamWorkstations(Database &db)
{
    QStringList out = {
        QStringLiteral("CREATE TABLE case_sessions ("
                       " id %1,"
                       " case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                       " user_id BIGINT NOT NULL REFERENCES users(id),"
                       " workstation TEXT NOT NULL,"
                       " opened_at TEXT NOT NULL,"
                       " heartbeat_at TEXT NOT NULL)").arg(db.idColumn()),
        QStringLiteral("CREATE INDEX case_sessions_case ON case_sessions (case_id, heartbeat_at)"),
        QStringLiteral("CREATE TABLE request_keys ("
                       " request_key TEXT PRIMARY KEY,"
                       " action TEXT NOT NULL,"
                       " case_id BIGINT,"
                       " result_id BIGINT,"
                       " user_id BIGINT REFERENCES users(id),"
                       " done_at TEXT NOT NULL)"),
    };
    if (db.engine() == Database::Engine::Postgres)
        out << QStringLiteral("CREATE OR REPLACE FUNCTION pareview_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$"
                              " BEGIN PERFORM pg_notify('pareview_changes', TG_TABLE_NAME); RETURN NULL; END $$")
            << QStringLiteral("CREATE TRIGGER pareview_notify_change AFTER INSERT ON audit_log"
                              " FOR EACH STATEMENT EXECUTE FUNCTION pareview_notify_change()")
            << QStringLiteral("CREATE TRIGGER pareview_notify_change AFTER INSERT OR DELETE ON case_sessions"
                              " FOR EACH STATEMENT EXECUTE FUNCTION pareview_notify_change()");
    return out;
}

// Version 8, "appeals and peer-to-peer" (issue 13). An appeal is a case of
// its own (its row in `cases` carries the member's facts, the new ones and
// its clock) and a row in `appeals` linking it to the case and determination
// appealed; its reference AP-0000001 counts appeals. Deadlines are data an
// administrator edits, each row citing its rule: appeal_deadlines (the time
// to decide, by line of business and priority, and when an upheld Medicare
// Advantage appeal is due at the independent review entity), appeal_rules
// (the filing window the denial letter already states, now with its rule and
// the next level after an upheld appeal), peer_to_peer_rules (how soon a
// requested discussion must be offered).
QStringList versionAppeals(Database &db)
{
    const QString id = db.idColumn();
    return {
        QStringLiteral("CREATE TABLE appeal_deadlines ("
                       " line_of_business TEXT NOT NULL,"
                       " priority TEXT NOT NULL CHECK (priority IN ('standard','expedited')),"
                       " hours INTEGER NOT NULL CHECK (hours > 0),"
                       " forward_hours INTEGER,"
                       " rule TEXT NOT NULL,"
                       " PRIMARY KEY (line_of_business, priority))"),
        QStringLiteral("ALTER TABLE appeal_rules ADD COLUMN rule TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE appeal_rules ADD COLUMN next_level TEXT NOT NULL DEFAULT 'external-review'"
                       " CHECK (next_level IN ('independent-review-entity','state-fair-hearing','external-review'))"),
        QStringLiteral("ALTER TABLE appeal_rules ADD COLUMN next_level_days INTEGER"),
        QStringLiteral("ALTER TABLE appeal_rules ADD COLUMN next_level_rule TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE peer_to_peer_rules ("
                       " line_of_business TEXT PRIMARY KEY,"
                       " hours INTEGER NOT NULL CHECK (hours > 0),"
                       " rule TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE appeals ("
                       " id %1,"
                       " reference TEXT NOT NULL UNIQUE,"
                       " case_id BIGINT NOT NULL UNIQUE REFERENCES cases(id),"
                       " original_case_id BIGINT NOT NULL REFERENCES cases(id),"
                       " determination_id BIGINT NOT NULL REFERENCES determinations(id),"
                       " filed_by TEXT NOT NULL CHECK (filed_by IN ('member','prescriber','representative')),"
                       " received_at TEXT NOT NULL,"
                       " priority TEXT NOT NULL CHECK (priority IN ('standard','expedited')),"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " notice_at TEXT NOT NULL,"
                       " filing_days INTEGER NOT NULL,"
                       " late INTEGER NOT NULL DEFAULT 0,"
                       " good_cause TEXT NOT NULL DEFAULT '',"
                       " due_by TEXT NOT NULL,"
                       " deadline_rule TEXT NOT NULL,"
                       " recorded_by BIGINT REFERENCES users(id),"
                       " recorded_at TEXT NOT NULL,"
                       " outcome TEXT CHECK (outcome IN ('overturned','partly-overturned','upheld','dismissed','withdrawn')),"
                       " outcome_reason TEXT NOT NULL DEFAULT '',"
                       " decided_by BIGINT REFERENCES users(id),"
                       " decided_at TEXT,"
                       " new_determination_id BIGINT REFERENCES determinations(id),"
                       " criteria_snapshot TEXT NOT NULL DEFAULT '',"
                       " next_level TEXT,"
                       " forwarded_at TEXT,"
                       " forward_due TEXT)").arg(id),
        QStringLiteral("CREATE INDEX appeals_original ON appeals (original_case_id)"),
        QStringLiteral("CREATE INDEX appeals_open_due ON appeals (outcome, due_by)"),
        QStringLiteral("CREATE TABLE appeal_letters ("
                       " id %1,"
                       " appeal_id BIGINT NOT NULL REFERENCES appeals(id),"
                       " language TEXT NOT NULL,"
                       " outcome TEXT NOT NULL,"
                       " pdf %2 NOT NULL,"
                       " sha256 TEXT NOT NULL,"
                       " issued_by BIGINT NOT NULL REFERENCES users(id),"
                       " issued_at TEXT NOT NULL,"
                       " UNIQUE (appeal_id, language))").arg(id, db.blobType()),
        QStringLiteral("CREATE TABLE peer_to_peer ("
                       " id %1,"
                       " case_id BIGINT NOT NULL REFERENCES cases(id),"
                       " determination_id BIGINT NOT NULL REFERENCES determinations(id),"
                       " status TEXT NOT NULL CHECK (status IN ('requested','scheduled','held','closed')),"
                       " requested_at TEXT NOT NULL,"
                       " requested_by TEXT NOT NULL,"
                       " contact TEXT NOT NULL,"
                       " offer_by TEXT NOT NULL,"
                       " offer_rule TEXT NOT NULL,"
                       " recorded_by BIGINT REFERENCES users(id),"
                       " scheduled_for TEXT,"
                       " scheduled_by BIGINT REFERENCES users(id),"
                       " held_at TEXT,"
                       " participants TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '',"
                       " held_recorded_by BIGINT REFERENCES users(id),"
                       " result TEXT CHECK (result IN ('stands','changed')),"
                       " closed_at TEXT,"
                       " closed_by BIGINT REFERENCES users(id),"
                       " new_determination_id BIGINT REFERENCES determinations(id))").arg(id),
        QStringLiteral("CREATE INDEX peer_to_peer_case ON peer_to_peer (case_id)"),
        QStringLiteral("CREATE INDEX peer_to_peer_open ON peer_to_peer (status, offer_by)"),
    };
}

// The defaults of issue 13, each citing its rule.
QStringList versionAppealsData()
{
    const auto deadline = [](const char *lob, const char *priority, int hours, const char *forward, const char *rule) {
        return QStringLiteral("INSERT INTO appeal_deadlines (line_of_business, priority, hours, forward_hours, rule) VALUES ('%1','%2',%3,%4,'%5')")
            .arg(QLatin1String(lob), QLatin1String(priority)).arg(hours).arg(QLatin1String(forward), QLatin1String(rule));
    };
    const auto filing = [](const char *lob, const char *rule, const char *next, const char *nextDays, const char *nextRule) {
        return QStringLiteral("UPDATE appeal_rules SET rule = '%2', next_level = '%3', next_level_days = %4, next_level_rule = '%5'"
                              " WHERE line_of_business = '%1'")
            .arg(QLatin1String(lob), QLatin1String(rule), QLatin1String(next), QLatin1String(nextDays), QLatin1String(nextRule));
    };
    const auto p2p = [](const char *lob, int hours, const char *rule) {
        return QStringLiteral("INSERT INTO peer_to_peer_rules VALUES ('%1',%2,'%3')").arg(QLatin1String(lob)).arg(hours).arg(QLatin1String(rule));
    };
    QStringList out;
    for (const char *lob : {"medicare-advantage", "d-snp"}) {
        out << deadline(lob, "standard", 7 * 24, "NULL",
                        "42 CFR 422.590(c): Part B drug reconsideration, 7 calendar days (other pre-service requests: 30 days); "
                        "an upheld decision is forwarded to the independent review entity by the end of the time frame")
            << deadline(lob, "expedited", 72, "24",
                        "42 CFR 422.590(e): expedited reconsideration, 72 hours; "
                        "an upheld decision is forwarded to the independent review entity within 24 hours")
            << filing(lob, "42 CFR 422.582(b): filed within 65 calendar days of the notice", "independent-review-entity", "NULL",
                      "42 CFR 422.592: the plan forwards an upheld reconsideration to the independent review entity")
            << p2p(lob, 24, "Plan policy for Medicare Advantage: a discussion is offered within 1 day of the request");
    }
    for (const char *lob : {"medicaid", "chip"}) {
        const bool chip = QLatin1String(lob) == QLatin1String("chip");
        out << deadline(lob, "standard", 30 * 24, "NULL",
                        chip ? "42 CFR 457.1260 and 438.408(b)(2): CHIP appeal, 30 calendar days"
                             : "42 CFR 438.408(b)(2): Medicaid managed care appeal, 30 calendar days")
            << deadline(lob, "expedited", 72, "NULL",
                        chip ? "42 CFR 457.1260 and 438.408(b)(3): expedited CHIP appeal, 72 hours"
                             : "42 CFR 438.408(b)(3): expedited Medicaid managed care appeal, 72 hours")
            << filing(lob, chip ? "42 CFR 457.1260 and 438.402(c)(2)(ii): filed within 60 calendar days of the notice"
                                : "42 CFR 438.402(c)(2)(ii): filed within 60 calendar days of the notice",
                      "state-fair-hearing", "120", "42 CFR 438.408(f)(2): a state fair hearing is asked for within 120 calendar days of the appeal notice")
            << p2p(lob, 72, "Plan policy for Medicaid and CHIP: a discussion is offered within 3 days of the request");
    }
    for (const char *lob : {"commercial", "marketplace", "essential-plan"}) {
        const bool ny = QLatin1String(lob) == QLatin1String("essential-plan");
        out << deadline(lob, "standard", 30 * 24, "NULL",
                        ny ? "New York Insurance Law 4904(c): pre-service appeal, 30 calendar days"
                           : "29 CFR 2560.503-1(i)(2)(ii) and 45 CFR 147.136(b): pre-service appeal, 30 calendar days")
            << deadline(lob, "expedited", 72, "NULL",
                        ny ? "New York Insurance Law 4904(b): expedited appeal, 72 hours"
                           : "29 CFR 2560.503-1(i)(2)(i) and 45 CFR 147.136(b): urgent care appeal, 72 hours")
            << filing(lob, ny ? "New York Insurance Law 4904: filed within 180 calendar days of the notice"
                              : "29 CFR 2560.503-1(h)(3)(i): filed within 180 calendar days of the notice",
                      "external-review", "120",
                      ny ? "New York Insurance Law 4914: external appeal asked for within 4 months of the final adverse determination"
                         : "45 CFR 147.136(d): external review asked for within 4 months of the final adverse determination")
            << p2p(lob, 72, "Plan policy: a discussion is offered within 3 days of the request");
    }
    return out;
}


// Version 9, "tamper-evident records" (issue 12, docs/integrity.md): each
// audit row binds the records its transaction wrote — (table, key, digest)
// entries in audit_records, covered by the row's records_hash — and every
// verification that found the store whole leaves a checkpoint the next one
// starts from. The rows already stored are bound as they are, by one
// "integrity.seal" audit row (RecordIntegrity::sealExisting).
QStringList versionRecordIntegrity(Database &db)
{
    return {
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN records_hash TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE audit_records ("
                       " audit_id BIGINT NOT NULL,"
                       " seq BIGINT NOT NULL,"
                       " tbl TEXT NOT NULL,"
                       " record_key TEXT NOT NULL,"
                       " digest TEXT NOT NULL,"
                       " PRIMARY KEY (audit_id, seq))"),
        // The latest entry of a record: an index seek.
        QStringLiteral("CREATE INDEX audit_records_record ON audit_records (tbl, record_key, audit_id)"),
        QStringLiteral("CREATE TABLE integrity_checkpoints ("
                       " id %1,"
                       " audit_id BIGINT NOT NULL,"
                       " audit_rows BIGINT NOT NULL,"
                       " head_hash TEXT NOT NULL,"
                       " counts TEXT NOT NULL,"
                       " full_check INTEGER NOT NULL,"
                       " checked_at TEXT NOT NULL)").arg(db.idColumn()),
    };
}

// Version 10, "case field sources" (issue 10): where each case-level value
// came from — the payer, the member's fields, the drug and dose, the request
// fields — as facts already say for labs and answers. One row per value as
// recorded: written with the case (typed, imported, demo data) and by every
// change of the value (a draft saved again, a correction), the earlier rows
// kept; the current source is the highest version of a field. Append-only,
// so a row once written is never updated; bound into the audit chain
// (RecordIntegrity). Cases stored before have no rows: their sources were
// not recorded.
QStringList versionCaseFieldSources(Database &db)
{
    return {
        QStringLiteral("CREATE TABLE case_field_sources ("
                       " id %1,"
                       " case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                       " field TEXT NOT NULL,"
                       " version INTEGER NOT NULL,"
                       " value TEXT NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('typed','imported','demo','corrected','unrecorded')),"
                       " source TEXT NOT NULL,"
                       " recorded_by BIGINT REFERENCES users(id),"
                       " recorded_at TEXT NOT NULL)").arg(db.idColumn()),
        QStringLiteral("CREATE INDEX case_field_sources_case ON case_field_sources (case_id, field, version)"),
    };
}

} // namespace

int Schema::latestVersion()
{
    return 10;
}

Result<int> Schema::currentVersion(Database &db)
{
    const QStringList tables = db.connection().tables();
    if (!tables.contains(QStringLiteral("meta")))
        return 0;
    auto q = db.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return Error{QStringLiteral("the database has a meta table but no schema_version: not a pareview store")};
    bool ok = false;
    const int v = q->value(0).toString().toInt(&ok);
    if (!ok || v < 1)
        return Error{QStringLiteral("the database's schema_version \"%1\" is not a number").arg(q->value(0).toString())};
    return v;
}

Status Schema::upgradeTo(Database &db, int v)
{
    QStringList statements;
    switch (v) {
    case 1:
        statements = version1(db) + version1Data();
        break;
    case 2:
        statements = version2(db);
        break;
    case 3:
        statements = versionPayersAndChosenPolicy();
        break;
    case 4:
        statements = versionLetterExplanations();
        break;
    case 5:
        statements = versionFactCorrections(db);
        break;
    case 6:
        statements = versionSearchTerms(db);
        break;
    case 7:
        statements = versionTeamWorkstations(db);
        break;
    case 8:
        statements = versionAppeals(db) + versionAppealsData();
        break;
    case 9:
        statements = versionRecordIntegrity(db);
        break;
    case 10:
        statements = versionCaseFieldSources(db);
        break;
    default:
        return Error{QStringLiteral("no upgrade step to version %1").arg(v)};
    }
    for (const QString &sql : statements)
        if (auto r = db.exec(sql); !r)
            return Error{r.error()};
    if (v == 3)
        if (auto s = PayerStore::write(db, PayerTable::builtIn()); !s)
            return s;
    if (v == 6)
        if (auto s = Worklist::rebuildSearchIndex(db); !s)
            return s;
    if (v == RecordIntegrity::SchemaVersion) {
        if (auto s = RecordIntegrity::installTriggers(db); !s)
            return s;
        if (auto s = RecordIntegrity::sealExisting(db, QStringLiteral("schema version 9: the records stored so far, bound as they are")); !s)
            return s;
    }
    // PostgreSQL: the new bound table gets its collecting trigger (SQLite's
    // are per connection, made when the store is opened).
    if (v == 10)
        if (auto s = RecordIntegrity::installTriggers(db); !s)
            return s;
    if (v > 1)
        if (auto r = db.exec(QStringLiteral("UPDATE meta SET value = :v WHERE key = 'schema_version'"), {{QStringLiteral("v"), QString::number(v)}}); !r)
            return Error{r.error()};
    return success();
}

} // namespace pareview
