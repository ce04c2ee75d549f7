// Record integrity (issue 12): `audit verify` over a generated store of N
// cases — the full check (the chain walked, every bound record's digest
// recomputed and compared with the chain's) beside SQLite's own
// PRAGMA integrity_check of the file and beside reading every bound row once
// with no hashing; and the incremental one (the audit rows and records since
// the last whole check, and what an index shows of the rest) after one more
// case was written, beside the full check and the plain read. The generated stores are
// bulk-written outside pareview, so each is bound once first
// (RecordIntegrity::sealExisting, timed when it happens; the seal stays in
// the cached store).

#include "Bench.h"
#include "BundleGen.h"
#include "StoreGen.h"
#include "intake/FhirImporter.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/RecordIntegrity.h"

#include <QElapsedTimer>
#include <QLocale>

namespace bench {

using pareview::Database;
using pareview::RecordIntegrity;

void runIntegrity(const Config &cfg)
{
    const QString group = QStringLiteral("Record integrity (audit verify, issue 12)");
    BundleGen gen(cfg.examplesDir);
    QVector<QPair<int, double>> fullPerRecord; // cases, ms per record checked
    for (int n : cfg.sizes) {
        QString error;
        const QString path = ensureStore(cfg, gen, n, &error);
        if (path.isEmpty()) {
            log(QStringLiteral("integrity: %1").arg(error));
            continue;
        }
        auto opened = Database::open(path);
        if (!opened) {
            log(QStringLiteral("integrity: %1").arg(opened.error()));
            continue;
        }
        Database &db = **opened;
        const QString cases = QLocale(QLocale::English).toString(n);
        // Bind the bulk-written rows once (kept in the cached store).
        auto sealed = db.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'integrity.seal' AND detail = 'bench'"));
        if (sealed && sealed->next() && sealed->value(0).toLongLong() == 0) {
            sealed->finish();
            QElapsedTimer t;
            t.start();
            pareview::Transaction tx(db);
            if (!RecordIntegrity::sealExisting(db, QStringLiteral("bench")) || !tx.commit()) {
                log(QStringLiteral("integrity: sealing failed"));
                continue;
            }
            report().add({group, QStringLiteral("%1 cases — binding every record once (schema step 7 on such a store)").arg(cases),
                          ms(double(t.nsecsElapsed()) / 1e6), QStringLiteral("—"), QString(), QString(), QString(), QStringLiteral("—")});
        }
        // Two baselines from the same run: every bound row read once with
        // no hashing, just after the full check (the file is then equally
        // warm), and SQLite's own check of the whole file, after the
        // incremental check (a 1M-case store takes minutes for each: the
        // full check's figure comes first).
        const int reps = n >= 1000000 ? 1 : qMin(cfg.reps, 3);
        QVector<double> full;
        qint64 records = 0, auditRows = 0;
        for (int r = 0; r < reps; ++r) {
            QElapsedTimer t;
            t.start();
            auto report = RecordIntegrity::verify(db, RecordIntegrity::Mode::Full);
            full << double(t.nsecsElapsed()) / 1e6;
            if (!report || !report->ok()) {
                log(QStringLiteral("integrity: the full check failed: %1").arg(report ? report->findings.value(0).text : report.error()));
                full.clear();
                break;
            }
            records = report->recordsChecked;
            auditRows = report->auditRowsChecked;
        }
        if (full.isEmpty())
            continue;
        log(QStringLiteral("integrity: %1 cases, full check %2 (%3 records); the plain read next").arg(cases, ms(median(full))).arg(records));
        QElapsedTimer floor;
        floor.start();
        qint64 rows = 0;
        for (const pareview::BoundTable &t : RecordIntegrity::tables()) {
            auto q = db.exec(QStringLiteral("SELECT %1 FROM %2").arg(t.columns.join(QStringLiteral(", ")), t.table));
            while (q && q->next())
                ++rows;
        }
        const double floorMs = double(floor.nsecsElapsed()) / 1e6;
        const double fullMs = median(full);
        const QLocale en(QLocale::English);
        const QString what = QStringLiteral("%1 cases — audit verify --full [%2 records, %3 audit rows]").arg(cases, en.toString(records), en.toString(auditRows));
        const QString fullTarget = QStringLiteral("≤ 5 min at 1M cases, linear");
        report().add({group, what, ms(fullMs), QStringLiteral("every bound row read once with SQL, no hashing [%1 rows]").arg(en.toString(rows)),
                      ms(floorMs), times(fullMs / floorMs), n >= 1000000 ? fullTarget : QString(), n >= 1000000 ? atMost(fullMs, 5 * 60 * 1000.0) : QStringLiteral("—")});
        fullPerRecord.append({n, fullMs / double(qMax<qint64>(1, records))});
        // One more case written, then the check since the last one.
        BenchUsers users;
        QVector<double> incremental;
        qint64 probed = 0;
        if (loadBenchUsers(db, &users, &error)) {
            for (int r = 0; r < qMax(cfg.reps, 5); ++r) { // cheap now: a few more for a steadier median
                auto facts = pareview::FhirImporter::import(gen.example(r % 4));
                if (!facts || !pareview::CaseStore::create(db, facts.value(), users.nurse))
                    break;
                QElapsedTimer t;
                t.start();
                auto report = RecordIntegrity::verify(db, RecordIntegrity::Mode::Incremental);
                incremental << double(t.nsecsElapsed()) / 1e6;
                if (!report || !report->ok() || report->full) {
                    log(QStringLiteral("integrity: the incremental check failed or was not incremental"));
                    incremental.clear();
                    break;
                }
                probed = report->recordsProbed;
            }
        }
        QElapsedTimer sqliteCheck;
        sqliteCheck.start();
        QString sqliteResult;
        if (auto q = db.exec(QStringLiteral("PRAGMA integrity_check")); q && q->next())
            sqliteResult = q->value(0).toString();
        const double sqliteCheckMs = double(sqliteCheck.nsecsElapsed()) / 1e6;
        if (sqliteResult != QLatin1String("ok"))
            log(QStringLiteral("integrity: PRAGMA integrity_check said %1").arg(sqliteResult));
        report().add({group, what, ms(fullMs), QStringLiteral("PRAGMA integrity_check of the same file (SQLite's own check, answer \"%1\")").arg(sqliteResult),
                      ms(sqliteCheckMs), times(fullMs / sqliteCheckMs), QString(), QStringLiteral("—")});
        if (!incremental.isEmpty()) {
            const double incMs = median(incremental);
            const QString inc = QStringLiteral("%1 cases — audit verify (incremental, one case written since the last check; %2 older records looked up by id)")
                                    .arg(cases).arg(probed);
            report().add({group, inc, ms(incMs), QStringLiteral("every bound row read once with SQL, no hashing"), ms(floorMs),
                          times(incMs / floorMs), QString(), QStringLiteral("—")});
            report().add({group, inc, ms(incMs), QStringLiteral("the full check"), ms(fullMs), times(incMs / fullMs), QString(), QStringLiteral("—")});
        }
        log(QStringLiteral("integrity: %1 cases done").arg(n));
    }
    // Linear: the time per record of the two largest stores (the smallest
    // fits in SQLite's page cache and is cheaper per row than any other).
    if (fullPerRecord.size() >= 2) {
        const auto &a = fullPerRecord.at(fullPerRecord.size() - 2);
        const auto &b = fullPerRecord.back();
        const QLocale en(QLocale::English);
        report().add({group,
                      QStringLiteral("audit verify --full, time per record at %1 cases").arg(en.toString(b.first)),
                      us(b.second * 1000.0), QStringLiteral("the same at %1 cases").arg(en.toString(a.first)), us(a.second * 1000.0),
                      times(b.second / a.second), QStringLiteral("linear (≤ 1.5×)"), atMost(b.second / a.second, 1.5)});
    }
}

} // namespace bench
