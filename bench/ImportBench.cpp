// Import: 1,000 generated bundles, each with a PDF attachment of 50–150 KiB,
// read and stored as new cases (CaseStore::create by the electronic intake
// channel: one transaction per case with its facts, attachment and audit
// row) into SQLite and into PostgreSQL, beside reading the same bundles
// without storing them.

#include "Bench.h"
#include "BundleGen.h"
#include "intake/FhirImporter.h"
#include "store/CaseStore.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace bench {

namespace {

// One pass: every bundle read and stored; wall milliseconds, or -1.
double importAll(const QString &location, const QVector<QByteArray> &bundles)
{
    auto opened = pareview::Database::open(location);
    if (!opened) {
        log(opened.error());
        return -1;
    }
    pareview::Database &db = *opened.value();
    const pareview::User intake = pareview::Users::electronicIntake();
    QElapsedTimer t;
    t.start();
    for (const QByteArray &b : bundles) {
        auto facts = pareview::FhirImporter::import(b);
        if (!facts)
            continue;
        if (auto id = pareview::CaseStore::create(db, facts.value(), intake); !id) {
            log(id.error());
            return -1;
        }
    }
    return t.nsecsElapsed() / 1e6;
}

bool postgresAdmin(const QString &base, const QString &sql)
{
    const QUrl url(base);
    const QString name = QStringLiteral("bench-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                log(q.lastError().text());
        } else {
            log(db.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

void runImport(const Config &cfg)
{
    BundleGen gen(cfg.examplesDir);
    const int n = 1000;
    QVector<QByteArray> bundles;
    qint64 bytes = 0;
    for (int i = 0; i < n; ++i) {
        bundles << gen.make(500000 + i, 100 * 1024);
        bytes += bundles.last().size();
    }
    int accepted = 0;
    for (const QByteArray &b : std::as_const(bundles))
        accepted += pareview::FhirImporter::import(b).ok();
    const double readMs = medianMs(cfg.reps, [&] {
        for (const QByteArray &b : std::as_const(bundles))
            (void)pareview::FhirImporter::import(b);
    });
    const QString group
        = QStringLiteral("Import (1,000 bundles with a PDF attachment each, %1 in all; %2 accepted)")
              .arg(mib(double(bytes)))
              .arg(accepted);
    const QString baseline = QStringLiteral("FhirImporter::import alone (nothing stored)");

    QVector<double> sqlite;
    for (int r = 0; r < qMax(3, cfg.reps - 2); ++r) {
        const QString path = QDir(cfg.workDir).filePath(QStringLiteral("import-%1.sqlite").arg(r));
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(path + suffix);
        const double ms = importAll(path, bundles);
        if (ms > 0)
            sqlite << ms;
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(path + suffix);
    }
    if (!sqlite.isEmpty()) {
        const double m = median(sqlite);
        report().add({ group,
                       QStringLiteral("into SQLite (WAL, synchronous=FULL: one fsync per case) — %1")
                           .arg(rate(n / (m / 1000), QStringLiteral("cases"))),
                       ms(m), baseline, ms(readMs), times(m / readMs), QString(), QStringLiteral("—") });
    }
    if (cfg.postgres.isEmpty()) {
        report().note(QStringLiteral(
            "Import into PostgreSQL was not measured: no private server (PostgreSQL 15 not installed?)."));
        return;
    }
    QVector<double> pg;
    for (int r = 0; r < qMax(3, cfg.reps - 2); ++r) {
        const QString name
            = QStringLiteral("bench_import_%1_%2").arg(QCoreApplication::applicationPid()).arg(r);
        if (!postgresAdmin(cfg.postgres, QStringLiteral("CREATE DATABASE %1").arg(name)))
            break;
        QUrl url(cfg.postgres);
        url.setPath(QLatin1Char('/') + name);
        const double ms = importAll(url.toString(), bundles);
        if (ms > 0)
            pg << ms;
        postgresAdmin(cfg.postgres, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    }
    if (!pg.isEmpty()) {
        const double m = median(pg);
        report().add(
            { group,
              QStringLiteral(
                  "into PostgreSQL 15 (private server on 127.0.0.1, fsync on, synchronous_commit on) — %1")
                  .arg(rate(n / (m / 1000), QStringLiteral("cases"))),
              ms(m), baseline, ms(readMs), times(m / readMs), QString(), QStringLiteral("—") });
    }
}

} // namespace bench
