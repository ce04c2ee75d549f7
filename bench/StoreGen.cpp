#include "StoreGen.h"

#include "Bench.h"
#include "BundleGen.h"
#include "engine/Evaluator.h"
#include "intake/FhirImporter.h"
#include "policy/PolicyLibrary.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/Worklist.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace bench {

using pareview::Database;

namespace {

// Bump when the generated content changes: cached stores are then rebuilt.
const char kGeneratorVersion[] = "bench-store-6"; // 6: worklist search terms

bool run(Database &db, const QString &sql, const QVariantMap &values, QString *error)
{
    auto r = db.exec(sql, values);
    if (!r) {
        *error = r.error();
        return false;
    }
    return true;
}

QString quoted(const QString &s)
{
    return QLatin1Char('\'') + QString(s).replace(QLatin1Char('\''), QStringLiteral("''"))
        + QLatin1Char('\'');
}

QString password(const char *who)
{
    return QStringLiteral("bench-%1-password").arg(QLatin1String(who));
}

} // namespace

bool addBenchUsers(Database &db, BenchUsers *u, QString *error)
{
    using pareview::Role;
    using pareview::Users;
    struct Spec
    {
        const char *name;
        Role role;
        const char *display;
        const char *credentials;
        pareview::User *out;
    };
    const Spec specs[] = { { "admin", Role::Administrator, "Bench Admin", "", &u->admin },
                           { "nurse", Role::IntakeNurse, "Nina Nurse", "RN", &u->nurse },
                           { "reviewer", Role::ClinicalReviewer, "Rita Reviewer", "PharmD", &u->reviewer },
                           { "director", Role::MedicalDirector, "Dana Director", "MD", &u->director } };
    const pareview::User *admin = nullptr;
    for (const Spec &s : specs) {
        auto r
            = Users::add(db, QStringLiteral("bench-%1").arg(QLatin1String(s.name)), s.role, password(s.name),
                         QString::fromUtf8(s.display), QString::fromLatin1(s.credentials), admin);
        if (!r) {
            *error = r.error();
            return false;
        }
        *s.out = r.value();
        if (!admin)
            admin = &u->admin;
    }
    return true;
}

bool loadBenchUsers(Database &db, BenchUsers *u, QString *error)
{
    for (auto [name, out] :
         { std::pair{ "admin", &u->admin }, std::pair{ "nurse", &u->nurse },
           std::pair{ "reviewer", &u->reviewer }, std::pair{ "director", &u->director } }) {
        auto r = pareview::Users::byName(db, QStringLiteral("bench-%1").arg(QLatin1String(name)));
        if (!r) {
            *error = r.error();
            return false;
        }
        *out = r.value();
    }
    return true;
}

QString ensureStore(const Config &cfg, const BundleGen &gen, int cases, QString *error)
{
    const QString dir = QDir(cfg.workDir).filePath(QStringLiteral("stores"));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("cases-%1.sqlite").arg(cases));
    const QString marker = path + QStringLiteral(".ok");
    {
        QFile m(marker);
        if (QFile::exists(path) && m.open(QIODevice::ReadOnly)
            && m.readAll().trimmed() == QByteArray(kGeneratorVersion)) {
            log(QStringLiteral("store of %1 cases: cached %2").arg(cases).arg(path));
            return path;
        }
    }
    for (const QString &suffix :
         { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".ok") })
        QFile::remove(path + suffix);

    log(QStringLiteral("store of %1 cases: generating %2").arg(cases).arg(path));
    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open(path);
    if (!opened) {
        *error = opened.error();
        return {};
    }
    Database &db = *opened.value();
    BenchUsers users;
    if (!addBenchUsers(db, &users, error))
        return {};

    // The four worked examples, imported as a nurse would: the templates.
    const pareview::PolicyLibrary library = pareview::PolicyLibrary::builtIn();
    struct Template
    {
        qint64 caseId;
        QString drug, policy, version, label1, label2;
    };
    QVector<Template> templates;
    const char *const policies[] = { "cigna-ip0535", "pharmacy-109", "cigna-ip0355", "centene-cp-phar-220" };
    for (int k = 0; k < 4; ++k) {
        auto facts = pareview::FhirImporter::import(gen.example(k));
        if (!facts) {
            *error = QStringLiteral("example %1: %2").arg(k).arg(facts.error());
            return {};
        }
        auto id = pareview::CaseStore::create(db, facts.value(), users.nurse);
        if (!id) {
            *error = id.error();
            return {};
        }
        Template t{ id.value(), *facts->drug,        QString::fromLatin1(policies[k]),
                    {},         QStringLiteral("1"), QStringLiteral("2") };
        const QDate asOf = pareview::Evaluator::defaultAsOf(facts.value());
        if (const pareview::Policy *p = library.inEffect(t.policy, asOf)) {
            const pareview::Evaluation ev = pareview::Evaluator::evaluate(*p, facts.value(), asOf);
            t.version = ev.policyVersion;
            QStringList leaves;
            for (const auto &c : ev.criteria)
                if (!c.group)
                    leaves << c.label;
            if (leaves.size() >= 2) {
                t.label1 = leaves[0];
                t.label2 = leaves[1];
            }
        }
        templates << t;
    }

    // Bulk generation: no journal and no fsync while the file is being made
    // (a half-made file is thrown away: the marker is written last).
    for (const char *pragma : { "PRAGMA foreign_keys = OFF", "PRAGMA journal_mode = OFF",
                                "PRAGMA synchronous = OFF", "PRAGMA cache_size = -262144" })
        if (!run(db, QString::fromLatin1(pragma), {}, error))
            return {};

    QStringList setup = {
        QStringLiteral("CREATE TEMP TABLE bench_given (k INTEGER PRIMARY KEY, name TEXT NOT NULL)"),
        QStringLiteral("CREATE TEMP TABLE bench_family (k INTEGER PRIMARY KEY, name TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TEMP TABLE bench_payer (k INTEGER PRIMARY KEY, name TEXT NOT NULL, lob TEXT NOT NULL)"),
        QStringLiteral("CREATE TEMP TABLE bench_rev (k INTEGER PRIMARY KEY, id INTEGER NOT NULL)"),
        QStringLiteral("CREATE TEMP TABLE bench_tpl (k INTEGER PRIMARY KEY, case_id INTEGER NOT NULL, drug "
                       "TEXT NOT NULL UNIQUE,"
                       " policy_id TEXT NOT NULL, policy_version TEXT NOT NULL, label1 TEXT NOT NULL, label2 "
                       "TEXT NOT NULL)"),
    };
    auto values = [](const QStringList &names) {
        QStringList rows;
        for (int i = 0; i < names.size(); ++i)
            rows << QStringLiteral("(%1, %2)").arg(i).arg(quoted(names[i]));
        return rows.join(QStringLiteral(", "));
    };
    if (BundleGen::givenNames().size() < 100 || BundleGen::familyNames().size() < 100) {
        *error = QStringLiteral("the name lists need 100 names each");
        return {};
    }
    setup << QStringLiteral("INSERT INTO bench_given VALUES ") + values(BundleGen::givenNames().mid(0, 100));
    setup << QStringLiteral("INSERT INTO bench_family VALUES ")
            + values(BundleGen::familyNames().mid(0, 100));
    {
        const QStringList payers = BundleGen::payers();
        const QStringList lobs = { QStringLiteral("commercial"),  QStringLiteral("commercial"),
                                   QStringLiteral("marketplace"), QStringLiteral("medicare-advantage"),
                                   QStringLiteral("commercial"),  QStringLiteral("medicaid"),
                                   QStringLiteral("medicaid"),    QStringLiteral("medicaid"),
                                   QStringLiteral("chip"),        QStringLiteral("medicaid"),
                                   QStringLiteral("medicaid"),    QStringLiteral("medicare-advantage") };
        QStringList rows;
        for (int i = 0; i < payers.size(); ++i)
            rows << QStringLiteral("(%1, %2, %3)")
                        .arg(i)
                        .arg(quoted(payers[i]), quoted(lobs[i % lobs.size()]));
        setup << QStringLiteral("INSERT INTO bench_payer VALUES ") + rows.join(QStringLiteral(", "));
    }
    {
        QStringList rows;
        for (int k = 0; k < templates.size(); ++k) {
            const Template &t = templates[k];
            rows << QStringLiteral("(%1, %2, %3, %4, %5, %6, %7)")
                        .arg(k)
                        .arg(t.caseId)
                        .arg(quoted(t.drug), quoted(t.policy), quoted(t.version), quoted(t.label1),
                             quoted(t.label2));
        }
        setup << QStringLiteral("INSERT INTO bench_tpl VALUES ") + rows.join(QStringLiteral(", "));
    }
    // Twenty more reviewers (same password hash: signing in is not measured here).
    setup << QStringLiteral(
        "WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < 20)"
        " INSERT INTO users (name, display_name, credentials, role, password_hash, created_at)"
        " SELECT printf('reviewer%02d', n), printf('Reviewer %d', n), 'RN', 'clinical-reviewer',"
        " (SELECT password_hash FROM users WHERE name = 'bench-reviewer'), '2025-11-01T08:00:00.000Z' FROM "
        "s");
    setup << QStringLiteral("INSERT INTO bench_rev (k, id) SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id "
                            "FROM users WHERE role = 'clinical-reviewer'");
    for (const QString &sql : std::as_const(setup))
        if (!run(db, sql, {}, error))
            return {};

    pareview::Transaction t(db);
    if (!t.started()) {
        *error = t.error();
        return {};
    }
    const qint64 first = templates.last().caseId + 1;
    const qint64 last = cases; // ids first..last: `cases` cases with the templates
    const QVariantMap people = { { QStringLiteral("director"), users.director.id },
                                 { QStringLiteral("nurse"), users.nurse.id },
                                 { QStringLiteral("reviewer"), users.reviewer.id } };

    const QString caseSql = QStringLiteral(
        "WITH RECURSIVE seq(i) AS (SELECT CAST(:lo AS INTEGER) UNION ALL SELECT i + 1 FROM seq WHERE i < "
        ":hi),"
        " x AS (SELECT i, (i * 2654435761) % 1000003 AS h, (i * 40503) % 65521 AS h2 FROM seq),"
        " y AS (SELECT i, h, h2,"
        "   CASE WHEN h2 % 10 < 4 THEN 2 WHEN h2 % 10 < 8 THEN 3 WHEN h2 % 10 = 8 THEN 0 ELSE 1 END AS k,"
        "   h % 100 AS st,"
        "   CASE WHEN h2 % 7 = 0 THEN 'expedited' ELSE 'standard' END AS priority,"
        "   strftime('%Y-%m-%dT%H:%M:%fZ', '2025-12-01', printf('+%d minutes', (h * 7919) % (355 * 1440))) "
        "AS received"
        "   FROM x)"
        " INSERT INTO cases (id, reference, member_name, member_id, birth_date, sex_at_birth, language, "
        "payer, plan, line_of_business,"
        "  prescriber_name, prescriber_npi, prescriber_taxonomies, prescriber_at_htc, htc_name, drug, "
        "drug_text, hcpcs, ndc,"
        "  dose_per_kg, dose_unit, dose_interval_hours, quantity_mcg, supply_days, request_type, priority, "
        "received_at, status,"
        "  assignee_id, due_by, row_version, created_by, created_at, updated_at)"
        " SELECT y.i, printf('PA-%07d', y.i), gn.name || ' ' || fn.name, printf('M%08d', y.i),"
        "  date('1952-01-01', printf('+%d days', y.h % 19000)), tc.sex_at_birth, CASE WHEN y.h2 % 9 = 0 THEN "
        "'es' ELSE 'en' END,"
        "  p.name, tc.plan, p.lob, tc.prescriber_name, tc.prescriber_npi, tc.prescriber_taxonomies, "
        "tc.prescriber_at_htc, tc.htc_name,"
        "  tc.drug, tc.drug_text, tc.hcpcs, tc.ndc, tc.dose_per_kg, tc.dose_unit, tc.dose_interval_hours, "
        "tc.quantity_mcg, tc.supply_days,"
        "  tc.request_type, y.priority, y.received,"
        "  CASE WHEN y.st < 10 THEN 'intake' WHEN y.st < 25 THEN 'in-review' WHEN y.st < 28 THEN "
        "'awaiting-medical-director'"
        "   WHEN y.st < 32 THEN 'pended' WHEN y.st < 62 THEN 'determined' WHEN y.st < 97 THEN "
        "'letter-issued' ELSE 'withdrawn' END,"
        "  CASE WHEN y.st < 10 THEN NULL WHEN y.st < 25 THEN (CASE WHEN y.h2 % 2 = 0 THEN NULL ELSE r.id END)"
        "   WHEN y.st < 28 THEN :director ELSE r.id END,"
        "  strftime('%Y-%m-%dT%H:%M:%fZ', y.received, printf('+%d hours',"
        "   CASE WHEN p.lob IN ('medicaid', 'chip') THEN 24"
        "        WHEN p.lob = 'medicare-advantage' THEN (CASE WHEN y.priority = 'expedited' THEN 24 ELSE 72 "
        "END)"
        "        ELSE (CASE WHEN y.priority = 'expedited' THEN 72 ELSE 360 END) END)),"
        "  1, :nurse, y.received, y.received"
        " FROM y JOIN bench_tpl t ON t.k = y.k JOIN cases tc ON tc.id = t.case_id"
        "  JOIN bench_given gn ON gn.k = (y.h / 7) % 100 JOIN bench_family fn ON fn.k = (y.h2 / 3) % 100"
        "  JOIN bench_payer p ON p.k = (y.h / 100) % 12 JOIN bench_rev r ON r.k = y.h2 % 21");
    const QString diagnosisSql = QStringLiteral(
        "INSERT INTO diagnoses (case_id, code, display, for_request, source)"
        " SELECT c.id, d.code, d.display, d.for_request, d.source"
        " FROM cases c JOIN bench_tpl t ON t.drug = c.drug JOIN diagnoses d ON d.case_id = t.case_id"
        " WHERE c.id BETWEEN :lo AND :hi ORDER BY c.id, d.id");
    const QString factSql = QStringLiteral(
        "INSERT INTO facts (case_id, kind, name, value_num, value_text, unit, effective_date, upper_limit, "
        "original_value, source,"
        " entered_by, entered_at)"
        " SELECT c.id, f.kind, f.name,"
        "  CASE WHEN f.kind = 'lab' AND f.value_num IS NOT NULL"
        "   THEN round(f.value_num * (0.7 + ((c.id * 31 + f.id * 17) % 61) / 100.0), 2) ELSE f.value_num END,"
        "  f.value_text, f.unit,"
        "  CASE WHEN f.effective_date IS NULL THEN NULL ELSE date(substr(c.received_at, 1, 10), printf('%+d "
        "days',"
        "   CAST(julianday(substr(f.effective_date, 1, 10)) - julianday(substr(tc.received_at, 1, 10)) AS "
        "INTEGER))) END,"
        "  f.upper_limit, f.original_value, f.source, c.created_by, c.created_at"
        " FROM cases c JOIN bench_tpl t ON t.drug = c.drug JOIN cases tc ON tc.id = t.case_id JOIN facts f "
        "ON f.case_id = t.case_id"
        " WHERE c.id BETWEEN :lo AND :hi"
        "  AND NOT (f.kind = 'attestation' AND f.name <> 'request-type' AND (c.id + f.id) % 13 = 0)"
        " ORDER BY c.id, f.id");
    const QString decisionSql = QStringLiteral(
        "WITH two(n) AS (VALUES (1), (2))"
        " INSERT INTO criterion_decisions (case_id, policy_id, label, status, source, user_id, decided_at, "
        "note)"
        " SELECT c.id, t.policy_id, CASE two.n WHEN 1 THEN t.label1 ELSE t.label2 END,"
        "  CASE WHEN (c.id + two.n) % 9 = 0 THEN 'not-met' ELSE 'met' END, 'reviewer', "
        "COALESCE(c.assignee_id, :reviewer),"
        "  strftime('%Y-%m-%dT%H:%M:%fZ', c.received_at, printf('+%d hours', two.n)),"
        "  CASE WHEN (c.id + two.n) % 9 = 0 THEN 'The chart notes do not support this criterion.' ELSE '' END"
        " FROM cases c JOIN bench_tpl t ON t.drug = c.drug CROSS JOIN two"
        " WHERE c.id BETWEEN :lo AND :hi AND c.status IN ('in-review', 'awaiting-medical-director', "
        "'determined', 'letter-issued')"
        " ORDER BY c.id, two.n");
    const QString determinationSql = QStringLiteral(
        "INSERT INTO determinations (case_id, outcome, rationale, approval_start, approval_end, quantity, "
        "reply_by, decided_by,"
        " decided_at, policy_id, policy_version, criteria_snapshot)"
        " SELECT c.id, CASE c.status WHEN 'pended' THEN 'pend' ELSE 'approve' END,"
        "  CASE c.status WHEN 'pended' THEN 'A current inhibitor titer is needed.' ELSE 'Meets the policy "
        "criteria.' END,"
        "  CASE c.status WHEN 'pended' THEN NULL ELSE substr(c.received_at, 1, 10) END,"
        "  CASE c.status WHEN 'pended' THEN NULL ELSE date(c.received_at, '+90 days') END, '',"
        "  CASE c.status WHEN 'pended' THEN date(c.received_at, '+14 days') ELSE NULL END, :director,"
        "  strftime('%Y-%m-%dT%H:%M:%fZ', c.received_at, '+2 days'), t.policy_id, t.policy_version, '[]'"
        " FROM cases c JOIN bench_tpl t ON t.drug = c.drug"
        " WHERE c.id BETWEEN :lo AND :hi AND c.status IN ('pended', 'determined', 'letter-issued') ORDER BY "
        "c.id");

    const qint64 chunk = 50000;
    for (qint64 lo = first; lo <= last; lo += chunk) {
        QVariantMap range
            = { { QStringLiteral("lo"), lo }, { QStringLiteral("hi"), qMin(last, lo + chunk - 1) } };
        QVariantMap withPeople = range;
        withPeople.insert(people);
        QVariantMap caseValues = range;
        caseValues.insert(QStringLiteral("director"), users.director.id);
        caseValues.insert(QStringLiteral("nurse"), users.nurse.id);
        QVariantMap decisionValues = range;
        decisionValues.insert(QStringLiteral("reviewer"), users.reviewer.id);
        QVariantMap determinationValues = range;
        determinationValues.insert(QStringLiteral("director"), users.director.id);
        if (!run(db, caseSql, caseValues, error) || !run(db, diagnosisSql, range, error)
            || !run(db, factSql, range, error) || !run(db, decisionSql, decisionValues, error)
            || !run(db, determinationSql, determinationValues, error))
            return {};
        if ((lo - first) % (chunk * 4) == 0)
            log(QStringLiteral("  cases %1..%2 (%3 s)")
                    .arg(lo)
                    .arg(qMin(last, lo + chunk - 1))
                    .arg(timer.elapsed() / 1000));
    }

    // The audit trail, a valid hash chain continuing the templates' rows.
    QString prev;
    {
        auto q = db.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
        if (!q) {
            *error = q.error();
            return {};
        }
        prev = q->next() ? q->value(0).toString() : pareview::AuditLog::genesisHash();
    }
    QHash<qint64, QString> userNames;
    {
        auto q = db.exec(QStringLiteral("SELECT id, name FROM users"));
        while (q && q->next())
            userNames.insert(q->value(0).toLongLong(), q->value(1).toString());
    }
    struct AuditRow
    {
        QString at;
        qint64 user;
        qint64 caseId;
        QString action, detail;
    };
    QVector<AuditRow> pending;
    const int batch = 100;
    QSqlQuery insertBatch(db.connection());
    {
        QStringList rows;
        for (int i = 0; i < batch; ++i)
            rows << QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?)");
        if (!insertBatch.prepare(QStringLiteral("INSERT INTO audit_log (at, user_id, user_name, case_id, "
                                                "action, detail, prev_hash, hash) VALUES ")
                                 + rows.join(QStringLiteral(", ")))) {
            *error = insertBatch.lastError().text();
            return {};
        }
    }
    auto flush = [&](bool all) -> bool {
        while (pending.size() >= batch || (all && !pending.isEmpty())) {
            const int n = int(qMin<qsizetype>(batch, pending.size()));
            QSqlQuery single(db.connection());
            QSqlQuery &q = n == batch ? insertBatch : single;
            if (n != batch) {
                QStringList rows;
                for (int i = 0; i < n; ++i)
                    rows << QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?)");
                q.prepare(QStringLiteral("INSERT INTO audit_log (at, user_id, user_name, case_id, action, "
                                         "detail, prev_hash, hash) VALUES ")
                          + rows.join(QStringLiteral(", ")));
            }
            int p = 0;
            for (int i = 0; i < n; ++i) {
                const AuditRow &r = pending[i];
                const QString name = userNames.value(r.user);
                const QString hash = pareview::AuditLog::rowHash(
                    prev, r.at, QString::number(r.user), name, QString::number(r.caseId), r.action, r.detail);
                q.bindValue(p++, r.at);
                q.bindValue(p++, r.user);
                q.bindValue(p++, name);
                q.bindValue(p++, r.caseId);
                q.bindValue(p++, r.action);
                q.bindValue(p++, r.detail);
                q.bindValue(p++, prev);
                q.bindValue(p++, hash);
                prev = hash;
            }
            if (!q.exec()) {
                *error = q.lastError().text();
                return false;
            }
            pending.remove(0, n);
        }
        return true;
    };
    for (qint64 lo = first; lo <= last; lo += chunk) {
        auto q
            = db.exec(QStringLiteral("SELECT c.id, c.reference, c.status, c.created_at, c.assignee_id,"
                                     " (SELECT COUNT(*) FROM facts f WHERE f.case_id = c.id) FROM cases c"
                                     " WHERE c.id BETWEEN :lo AND :hi ORDER BY c.id"),
                      { { QStringLiteral("lo"), lo }, { QStringLiteral("hi"), qMin(last, lo + chunk - 1) } });
        if (!q) {
            *error = q.error();
            return {};
        }
        while (q->next()) {
            const qint64 id = q->value(0).toLongLong();
            const QString status = q->value(2).toString();
            const QString at = q->value(3).toString();
            const QDateTime when = QDateTime::fromString(at, Qt::ISODateWithMs);
            auto later
                = [&](int hours) { return when.addSecs(hours * 3600).toUTC().toString(Qt::ISODateWithMs); };
            pending.append({ at, users.nurse.id, id, QStringLiteral("case.create"),
                             QStringLiteral("%1: %2 facts, 1 attachments")
                                 .arg(q->value(1).toString())
                                 .arg(q->value(5).toLongLong()) });
            const bool reviewed = status == QLatin1String("in-review")
                || status == QLatin1String("awaiting-medical-director")
                || status == QLatin1String("determined") || status == QLatin1String("letter-issued");
            if (reviewed)
                pending.append({ later(1),
                                 q->value(4).isNull() ? users.reviewer.id : q->value(4).toLongLong(), id,
                                 QStringLiteral("criterion.decide"), QStringLiteral("criterion decided") });
            if (status == QLatin1String("determined") || status == QLatin1String("letter-issued")
                || status == QLatin1String("pended"))
                pending.append({ later(48), users.director.id, id, QStringLiteral("case.determine"),
                                 status == QLatin1String("pended") ? QStringLiteral("pend")
                                                                   : QStringLiteral("approve") });
            if (pending.size() >= batch * 50 && !flush(false))
                return {};
        }
    }
    if (!flush(true))
        return {};
    if (auto q = db.exec(QStringLiteral("SELECT COUNT(*) FROM cases"));
        !q || !q->next() || q->value(0).toLongLong() != cases) {
        *error = QStringLiteral("the generated store has %1 cases, not %2")
                     .arg(q && q->isValid() ? q->value(0).toLongLong() : -1)
                     .arg(cases);
        return {};
    }
    // The cases were written with SQL, not CaseStore: their search terms too.
    if (auto s = pareview::Worklist::rebuildSearchIndex(db); !s) {
        *error = s.error();
        return {};
    }
    if (!run(db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('bench.generator', :v)"),
             { { QStringLiteral("v"), QString::fromLatin1(kGeneratorVersion) } }, error))
        return {};
    if (auto s = t.commit(); !s) {
        *error = s.error();
        return {};
    }
    for (const char *pragma :
         { "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON" })
        if (!run(db, QString::fromLatin1(pragma), {}, error))
            return {};
    const double seconds = timer.elapsed() / 1000.0;
    QFile m(marker);
    if (!m.open(QIODevice::WriteOnly) || m.write(kGeneratorVersion) < 0) {
        *error = QStringLiteral("cannot write %1").arg(marker);
        return {};
    }
    report().note(
        QStringLiteral("Generated the store of %1 cases in %2 s (%3 on disk; cached in `%4` for later runs).")
            .arg(QLocale(QLocale::English).toString(cases))
            .arg(seconds, 0, 'f', 1)
            .arg(mib(double(QFileInfo(path).size())))
            .arg(QDir(QDir::currentPath()).relativeFilePath(path)));
    log(QStringLiteral("store of %1 cases generated in %2 s").arg(cases).arg(seconds, 0, 'f', 1));
    return path;
}

} // namespace bench
