#pragma once

// Store tests run on both engines: a fresh SQLite file, and — when the test
// script started a private PostgreSQL server (PAREVIEW_TEST_PG) — a fresh
// database on it, dropped afterwards.

#include "store/Database.h"

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

} // namespace testsupport
