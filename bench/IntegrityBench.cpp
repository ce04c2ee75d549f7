// Record integrity (issue 12): `audit verify` over a generated store of N
// cases — the full check (every bound record's digest recomputed) and the
// incremental one (the audit rows and records since the last whole check,
// and every bound table's row count) after one more case was written —
// beside the floor of reading every bound row once with SQL and no hashing.
// The generated stores are bulk-written outside pareview, so each is bound
// once first (RecordIntegrity::sealExisting, timed too).

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
        // The floor: every bound row read once, nothing hashed.
        QElapsedTimer floor;
        floor.start();
        qint64 rows = 0;
        for (const pareview::BoundTable &t : RecordIntegrity::tables()) {
            auto q = db.exec(QStringLiteral("SELECT %1 FROM %2").arg(t.columns.join(QStringLiteral(", ")), t.table));
            while (q && q->next())
                ++rows;
        }
        const double floorMs = double(floor.nsecsElapsed()) / 1e6;
        const int reps = n >= 1000000 ? 1 : qMin(cfg.reps, 3);
        QVector<double> full;
        qint64 records = 0;
        for (int r = 0; r < reps; ++r) {
            QElapsedTimer t;
            t.start();
            auto report = RecordIntegrity::verify(db, RecordIntegrity::Mode::Full);
            full << double(t.nsecsElapsed()) / 1e6;
            if (!report || !report->ok()) {
                log(QStringLiteral("integrity: the full check failed: %1").arg(report ? report->findings.value(0).text : report.error()));
                break;
            }
            records = report->recordsChecked;
        }
        const double fullMs = median(full);
        report().add({group, QStringLiteral("%1 cases — audit verify --full [%2 records]").arg(cases, QLocale(QLocale::English).toString(records)),
                      ms(fullMs), QStringLiteral("every bound row read, no hashing [%1 rows]").arg(QLocale(QLocale::English).toString(rows)),
                      ms(floorMs), times(fullMs / floorMs), QString(), QStringLiteral("—")});
        // One more case written, then the check since the last one.
        BenchUsers users;
        QVector<double> incremental;
        if (loadBenchUsers(db, &users, &error)) {
            for (int r = 0; r < cfg.reps; ++r) {
                auto facts = pareview::FhirImporter::import(gen.example(r % 4));
                if (!facts || !pareview::CaseStore::create(db, facts.value(), users.nurse))
                    break;
                QElapsedTimer t;
                t.start();
                auto report = RecordIntegrity::verify(db, RecordIntegrity::Mode::Incremental);
                incremental << double(t.nsecsElapsed()) / 1e6;
                if (!report || !report->ok())
                    break;
            }
        }
        if (!incremental.isEmpty()) {
            const double incMs = median(incremental);
            report().add({group, QStringLiteral("%1 cases — audit verify (incremental, one case written since the last check)").arg(cases),
                          ms(incMs), QStringLiteral("the full check"), ms(fullMs), times(incMs / fullMs), QString(), QStringLiteral("—")});
        }
        log(QStringLiteral("integrity: %1 cases done").arg(n));
    }
}

} // namespace bench
