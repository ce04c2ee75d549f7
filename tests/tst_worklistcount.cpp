// The count under the worklist is bounded (issue 14): it stops reading at
// one more case than it shows, so it costs the same at any store size, and
// past 10,000 the view says "more than 10,000 cases".

#include "worklist/WorklistView.h"

#include "store/Database.h"
#include "store/DemoData.h"
#include "store/Users.h"
#include "store/Worklist.h"

#include <QLabel>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace pareview;

class TestWorklistCount final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;

    // `n` more cases, each with its own reference, in one statement.
    void addCases(int n)
    {
        auto r = m_db->exec(QStringLiteral("WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < %1) "
                                           "INSERT INTO cases (reference, member_name, received_at, created_at, updated_at) "
                                           "SELECT 'BULK-' || (SELECT COUNT(*) FROM cases) || '-' || i, 'Bulk Member', "
                                           "'2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z' FROM k")
                                .arg(n));
        QVERIFY2(r, qPrintable(r.error()));
    }

    QString shownCount()
    {
        auto reviewer = Users::byName(*m_db, QStringLiteral("reviewer"));
        WorklistView view(m_db, reviewer.value());
        return view.findChild<QLabel *>(QStringLiteral("worklistCount"))->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("count.sqlite")));
        QVERIFY2(db, qPrintable(db.error()));
        m_db = db.value();
        QVERIFY(DemoData::populate(*m_db));
    }

    void countedExactlyUpToTheBound()
    {
        const qint64 demo = Worklist::count(*m_db, {}).value();
        QCOMPARE(Worklist::count(*m_db, {}, Worklist::CountShownUpTo + 1).value(), demo);
        QVERIFY(shownCount().startsWith(QString::number(demo) + QLatin1Char(' ')));
        addCases(int(Worklist::CountShownUpTo - demo)); // exactly 10,000
        QCOMPARE(Worklist::count(*m_db, {}, Worklist::CountShownUpTo + 1).value(), Worklist::CountShownUpTo);
        QVERIFY2(shownCount().startsWith(QStringLiteral("10000 ")), qPrintable(shownCount()));
    }

    void beyondTheBoundSaysMoreThan()
    {
        addCases(500);
        QCOMPARE(Worklist::count(*m_db, {}).value(), Worklist::CountShownUpTo + 500);
        QCOMPARE(Worklist::count(*m_db, {}, Worklist::CountShownUpTo + 1).value(), Worklist::CountShownUpTo + 1);
        QCOMPARE(shownCount(), QStringLiteral("more than %1 cases").arg(QLocale().toString(10000)));
    }
};

QTEST_MAIN(TestWorklistCount)
#include "tst_worklistcount.moc"
