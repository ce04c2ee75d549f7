#pragma once

// Store tests run on both engines: a fresh SQLite file, and — when the test
// script started a private PostgreSQL server (PAREVIEW_TEST_PG) — a fresh
// database on it, dropped afterwards.

#include "store/Database.h"
#include "store/DemoData.h"
#include "store/Users.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

namespace testsupport {

inline QString postgresBaseUrl()
{
    return qEnvironmentVariable("PAREVIEW_TEST_PG");
}

// Adds the engine rows to initTestCase_data(): every test function runs on each.
inline void addEngineRows()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    if (!postgresBaseUrl().isEmpty())
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

// A fresh, empty database location for the current engine row.
class FreshStore
{
public:
    explicit FreshStore(const QString &engine)
    {
        if (engine == QLatin1String("sqlite")) {
            m_location = m_dir.filePath(QStringLiteral("store.sqlite"));
            return;
        }
        const QUrl base(postgresBaseUrl());
        m_name = QStringLiteral("pareview_t_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
        admin([&](QSqlQuery &q) { QVERIFY2(q.exec(QStringLiteral("CREATE DATABASE %1").arg(m_name)), qPrintable(q.lastError().text())); });
        QUrl url = base;
        url.setPath(QLatin1Char('/') + m_name);
        m_location = url.toString();
    }
    ~FreshStore()
    {
        if (!m_name.isEmpty())
            admin([&](QSqlQuery &q) { q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)); });
    }
    const QString &location() const { return m_location; }

private:
    template<typename F>
    void admin(F &&f)
    {
        const QUrl base(postgresBaseUrl());
        const QString name = QStringLiteral("admin-%1").arg(QUuid::createUuid().toString());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(base.host());
            db.setPort(base.port(5432));
            db.setUserName(base.userName());
            db.setDatabaseName(base.path().mid(1));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            f(q);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    QTemporaryDir m_dir;
    QString m_location;
    QString m_name;
};

// The store of one GUI test function (and data row): a SQLite file in `dir`
// named after them, with the demo data (ten cases at the stages of a
// working day, and the demo accounts).
inline pareview::Result<std::shared_ptr<pareview::Database>> openDemoStore(const QTemporaryDir &dir)
{
    const QString tag = QString::fromLatin1(QTest::currentDataTag() ? QTest::currentDataTag() : "");
    auto db = pareview::Database::open(
        dir.filePath(QStringLiteral("%1%2.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()), tag)));
    if (!db)
        return db;
    if (auto demo = pareview::DemoData::populate(*db.value()); !demo)
        return pareview::Error{demo.error()};
    return db;
}

// The team of the appeal, peer-to-peer and letter tests, added by the
// administrator "ada": the nurse Nina Ruiz, the reviewer Rita Okafor and
// the medical directors Mark Chen and Sofia Alvarez, each with the password
// "<name> password".
struct Team
{
    pareview::User admin, nurse, reviewer, mark, sofia;
};

inline Team addTeam(pareview::Database &db)
{
    using namespace pareview;
    Team team;
    team.admin = Users::add(db, QStringLiteral("ada"), Role::Administrator, QStringLiteral("ada password")).value();
    team.nurse = Users::add(db, QStringLiteral("nina"), Role::IntakeNurse, QStringLiteral("nina password"), QStringLiteral("Nina Ruiz"),
                            QStringLiteral("RN"), &team.admin)
                     .value();
    team.reviewer = Users::add(db, QStringLiteral("rita"), Role::ClinicalReviewer, QStringLiteral("rita password"),
                               QStringLiteral("Rita Okafor"), QStringLiteral("PharmD"), &team.admin)
                        .value();
    team.mark = Users::add(db, QStringLiteral("mark"), Role::MedicalDirector, QStringLiteral("mark password"), QStringLiteral("Mark Chen"),
                           QStringLiteral("MD"), &team.admin)
                    .value();
    team.sofia = Users::add(db, QStringLiteral("sofia"), Role::MedicalDirector, QStringLiteral("sofia password"),
                            QStringLiteral("Sofia Alvarez"), QStringLiteral("MD"), &team.admin)
                     .value();
    return team;
}

} // namespace testsupport
