// The command line of appeals and peer-to-peer (issue 13): `pareview appeal`
// prints the appeal's reference; `pareview decide --case AP-… --outcome
// overturn|partial|uphold|dismiss|withdrawn` records its outcome under the
// model's independence rule; `pareview letter --case AP-…` writes its
// letter in English or Spanish, read back with pdftotext; `pareview
// peer-to-peer` carries a discussion from the request to its close. On
// SQLite and on PostgreSQL.

#include "CaseBuilder.h"
#include "CliRunner.h"
#include "StoreFixture.h"
#include "store/Appeals.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/PeerToPeer.h"
#include "store/Review.h"
#include "store/Users.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pareview;
using namespace testsupport;

static QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out << QString::fromUtf8(w);
    return out;
}

class TestAppealCli final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FreshStore> m_store;
    QTemporaryDir m_dir;
    QString m_location;

    static CaseFacts denialFacts(const QString &lob)
    {
        CaseBuilder b = CaseBuilder::fromExample(QStringLiteral("hg-01-complete"));
        b.setLab(QStringLiteral("alt"), 96, QDate::currentDate().addDays(-20), 40);
        b.setLineOfBusiness(lob);
        return b.facts();
    }

    // A denied case (by mark, on the command line); its reference.
    QString deniedCase(const QString &lob, const QString &language = QStringLiteral("en"))
    {
        QString reference;
        {
            auto db = Database::open(m_location).value();
            auto nurse = Users::byName(*db, QStringLiteral("nina")).value();
            CaseFacts f = denialFacts(lob);
            f.language = language;
            const qint64 id = CaseStore::create(*db, f, nurse).value();
            if (!Review::submitForReview(*db, id, nurse)) // decided once the nurse submits it
                qWarning("case %lld was not submitted", id);
            reference = CaseStore::summary(*db, id)->reference;
        }
        const CliRun r = runCli({QStringLiteral("decide"), QStringLiteral("--db"), m_location, QStringLiteral("--case"), reference,
                                 QStringLiteral("--user"), QStringLiteral("mark"), QStringLiteral("--outcome"), QStringLiteral("deny"),
                                 QStringLiteral("--policy"), QStringLiteral("cigna-ip0535")},
                                "mark password\n");
        if (r.code != 0)
            qWarning("%s", qPrintable(r.err));
        return reference;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }

    static QString pdfText(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return QStringLiteral("<pdftotext failed>");
        return QString::fromUtf8(p.readAllStandardOutput()).simplified();
    }

    CliRun appeal(const QString &reference, const QStringList &more, const QString &user = QStringLiteral("nina"))
    {
        return runCli(QStringList{QStringLiteral("appeal"), QStringLiteral("--db"), m_location, QStringLiteral("--case"), reference,
                                  QStringLiteral("--user"), user}
                          + more,
                      (user + QStringLiteral(" password\n")).toUtf8());
    }

    CliRun decide(const QString &reference, const QString &user, const QString &outcome, const QString &reason = QString())
    {
        QStringList args{QStringLiteral("decide"), QStringLiteral("--db"), m_location, QStringLiteral("--case"), reference,
                         QStringLiteral("--user"), user, QStringLiteral("--outcome"), outcome};
        if (!reason.isEmpty())
            args << QStringLiteral("--reason") << reason;
        return runCli(args, (user + QStringLiteral(" password\n")).toUtf8());
    }

    CliRun letter(const QString &reference, const QString &user, const QString &out, const QString &lang)
    {
        return runCli({QStringLiteral("letter"), QStringLiteral("--db"), m_location, QStringLiteral("--case"), reference,
                       QStringLiteral("--user"), user, QStringLiteral("--out"), out, QStringLiteral("--lang"), lang},
                      (user + QStringLiteral(" password\n")).toUtf8());
    }

    CliRun p2p(const QStringList &args, const QString &user)
    {
        QStringList full{QStringLiteral("peer-to-peer")};
        full << args.first() << QStringLiteral("--db") << m_location << QStringLiteral("--user") << user << args.mid(1);
        return runCli(full, (user + QStringLiteral(" password\n")).toUtf8());
    }

    // A repeat liver test in a FHIR bundle would need the whole bundle; the
    // document is what most appeals carry.
    QString document() { return writeFile(QStringLiteral("clinic-letter.pdf"), QByteArray("%PDF-1.4\n% repeat ALT 31 U/L on 2026-12-01\n%%EOF\n")); }

private Q_SLOTS:
    void initTestCase_data() { addEngineRows(); }
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        QFETCH_GLOBAL(QString, engine);
        m_store = std::make_unique<FreshStore>(engine);
        m_location = m_store->location();
        auto db = Database::open(m_location);
        QVERIFY2(db, qPrintable(db.error()));
        testsupport::addTeam(*db.value());
    }

    void cleanup() { m_store.reset(); }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("no --from") << QStringList{QStringLiteral("appeal"), QStringLiteral("--db"), QStringLiteral("x"), QStringLiteral("--case"),
                                                   QStringLiteral("PA-0000001"), QStringLiteral("--user"), QStringLiteral("nina")}
                                   << "--from is required";
        QTest::newRow("an unknown filer") << QStringList{QStringLiteral("appeal"), QStringLiteral("--db"), QStringLiteral("x"), QStringLiteral("--case"),
                                                          QStringLiteral("PA-0000001"), QStringLiteral("--user"), QStringLiteral("nina"),
                                                          QStringLiteral("--from"), QStringLiteral("cousin")}
                                          << "--from must be member, prescriber or representative";
        QTest::newRow("a received time that is not one")
            << QStringList{QStringLiteral("appeal"), QStringLiteral("--db"), QStringLiteral("x"), QStringLiteral("--case"), QStringLiteral("PA-0000001"),
                           QStringLiteral("--user"), QStringLiteral("nina"), QStringLiteral("--from"), QStringLiteral("member"),
                           QStringLiteral("--received"), QStringLiteral("yesterday")}
            << "--received \"yesterday\" is not a time";
        QTest::newRow("peer-to-peer without a step") << QStringList{QStringLiteral("peer-to-peer")} << "say which step";
        QTest::newRow("peer-to-peer close without a result")
            << QStringList{QStringLiteral("peer-to-peer"), QStringLiteral("close"), QStringLiteral("--db"), QStringLiteral("x"), QStringLiteral("--case"),
                           QStringLiteral("PA-0000001"), QStringLiteral("--user"), QStringLiteral("mark")}
            << "--result is required";
    }

    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const CliRun r = runCli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("usage: pareview")), qPrintable(r.err));
    }

    void appealOutcomeAndLetters_data()
    {
        QTest::addColumn<QString>("lob");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QStringList>("english");
        QTest::addColumn<QStringList>("spanish");
        QTest::newRow("overturn") << "commercial" << "overturn" << words({"is approved", "Quantity approved", "replaces the decision you appealed"})
                                  << words({"está aprobado", "Cantidad aprobada"});
        QTest::newRow("partial, Medicaid") << "medicaid" << "partial" << words({"approved in part", "stays denied", "state fair hearing", "120 days"})
                                           << words({"aprobado en parte", "audiencia imparcial del estado", "120 días"});
        QTest::newRow("uphold, Medicare Advantage: the IRE") << "medicare-advantage" << "uphold"
                                                             << words({"stays in place", "independent review entity", "do not need to do anything"})
                                                             << words({"se mantiene", "entidad de revisión independiente"});
        QTest::newRow("uphold, Medicaid: fair hearing") << "medicaid" << "uphold" << words({"state fair hearing", "120 days"})
                                                        << words({"audiencia imparcial del estado", "120 días"});
        QTest::newRow("uphold, CHIP: fair hearing") << "chip" << "uphold" << words({"state fair hearing"}) << words({"audiencia imparcial"});
        QTest::newRow("uphold, commercial: external review") << "commercial" << "uphold" << words({"external review", "4 months"})
                                                             << words({"revisión externa", "4 meses"});
        QTest::newRow("uphold, marketplace: external review") << "marketplace" << "uphold" << words({"external review"}) << words({"revisión externa"});
        QTest::newRow("dismiss") << "commercial" << "dismiss" << words({"dismissed", "no longer covers"}) << words({"desestim"});
        QTest::newRow("withdrawn") << "commercial" << "withdrawn" << words({"withdrawn", "closed the appeal"}) << words({"retirada", "Cerramos la apelación"});
    }

    // From the denial to the final letter, on the command line.
    void appealOutcomeAndLetters()
    {
        QFETCH(QString, lob);
        QFETCH(QString, outcome);
        QFETCH(QStringList, english);
        QFETCH(QStringList, spanish);
        const QString pa = deniedCase(lob);
        QVERIFY(!pa.isEmpty());
        QStringList more{QStringLiteral("--from"), QStringLiteral("prescriber"), QStringLiteral("--reason"), QStringLiteral("ALT is normal on repeat testing"),
                         QStringLiteral("--document"), document()};
        if (lob == QLatin1String("medicare-advantage"))
            more << QStringLiteral("--expedited");
        const CliRun filed = appeal(pa, more);
        QVERIFY2(filed.code == 0, qPrintable(filed.err));
        const QString ap = filed.out.section(QLatin1Char('\n'), 0, 0);
        QCOMPARE(ap, QStringLiteral("AP-0000001"));
        QVERIFY2(filed.out.contains(QStringLiteral("due ")), qPrintable(filed.out));

        // The director who denied may not decide the appeal; the refusal says so and is audited.
        if (outcome != QLatin1String("withdrawn")) {
            const CliRun refused = decide(ap, QStringLiteral("mark"), outcome, QStringLiteral("no longer covers the request"));
            QCOMPARE(refused.code, 1);
            QVERIFY2(refused.err.contains(QStringLiteral("took part in a decision of case")), qPrintable(refused.err));
        }
        if (outcome == QLatin1String("overturn") || outcome == QLatin1String("partial")) {
            // Sofia reads the clinic's letter filed with the appeal and decides the liver test met, citing it
            // (in the window; there is no command for a criterion decision).
            auto db = Database::open(m_location).value();
            const qint64 appealCase = Appeals::forCase(*db, Appeals::byId(*db, 1)->caseId).value()->caseId;
            const qint64 doc = CaseStore::attachments(*db, appealCase)->first().id;
            CriterionDecision c{QStringLiteral("cigna-ip0535"), QStringLiteral("1.I.i"), QStringLiteral("met"),
                                QStringLiteral("repeat ALT 31 U/L in the clinic's letter"), doc, 1};
            QVERIFY(Review::recordDecision(*db, appealCase, c, Users::byName(*db, QStringLiteral("sofia")).value()));
        }
        const QString user = outcome == QLatin1String("withdrawn") ? QStringLiteral("nina") : QStringLiteral("sofia");
        QString reason = QStringLiteral("The records sent with the appeal were reviewed.");
        if (outcome == QLatin1String("dismiss"))
            reason = QStringLiteral("The plan no longer covers the member on the date of the appeal.");
        else if (outcome == QLatin1String("partial"))
            reason = QStringLiteral("The second dose stays denied.");
        const CliRun decided = decide(ap, user, outcome, reason);
        QVERIFY2(decided.code == 0, qPrintable(decided.err + decided.out));
        QVERIFY2(decided.out.contains(QStringLiteral("recorded appeal AP-0000001")), qPrintable(decided.out));
        if (lob == QLatin1String("medicare-advantage"))
            QVERIFY2(decided.out.contains(QStringLiteral("forwarded to the independent review entity")), qPrintable(decided.out));

        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("es")}) {
            const QString out = m_dir.filePath(QStringLiteral("%1-%2-%3.pdf").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')).remove(QLatin1Char(':')).remove(QLatin1Char(',')), lang, QString::number(qHash(lob))));
            const CliRun l = letter(ap, QStringLiteral("sofia"), out, lang);
            QVERIFY2(l.code == 0, qPrintable(l.err));
            QVERIFY2(l.out.startsWith(QStringLiteral("issued appeal letter")), qPrintable(l.out));
            const QString text = pdfText(out);
            QVERIFY2(text.contains(ap), qPrintable(text));
            QVERIFY2(text.contains(pa), qPrintable(text));
            for (const QString &phrase : lang == QLatin1String("en") ? english : spanish)
                QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral(" missing from: ") + text));
            // Exported again: the same bytes.
            const CliRun again = letter(ap, QStringLiteral("sofia"), out + QStringLiteral(".again"), lang);
            QVERIFY2(again.out.startsWith(QStringLiteral("exported")), qPrintable(again.out));
            QFile a(out), b(out + QStringLiteral(".again"));
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QCOMPARE(a.readAll(), b.readAll());
        }
        auto db = Database::open(m_location).value();
        QVERIFY(AuditLog::verify(*db));
    }

    void lateAppealIsDismissed()
    {
        const QString pa = deniedCase(QStringLiteral("medicaid"));
        // The denial is 70 days old: past Medicaid's 60-day window.
        {
            auto db = Database::open(m_location).value();
            QVERIFY(db->exec(QStringLiteral("UPDATE determinations SET decided_at = :t"),
                             {{QStringLiteral("t"), Database::storedTime(QDateTime::currentDateTimeUtc().addDays(-70))}}));
        }
        const CliRun filed = appeal(pa, {QStringLiteral("--from"), QStringLiteral("member")});
        QVERIFY2(filed.code == 0, qPrintable(filed.err));
        QVERIFY2(filed.out.contains(QStringLiteral("dismissed")) && filed.out.contains(QStringLiteral("no good cause")), qPrintable(filed.out));
        const CliRun withCause = appeal(pa, {QStringLiteral("--from"), QStringLiteral("member"), QStringLiteral("--good-cause"),
                                             QStringLiteral("the member was in hospital")});
        QVERIFY2(withCause.code == 0, qPrintable(withCause.err));
        QCOMPARE(withCause.out.section(QLatin1Char('\n'), 0, 0), QStringLiteral("AP-0000002"));
        QVERIFY2(withCause.out.contains(QStringLiteral("good cause: the member was in hospital")), qPrintable(withCause.out));
    }

    // Requested, scheduled, held, closed with the decision changed: a new determination that follows the discussion.
    void peerToPeerOnTheCommandLine()
    {
        const QString pa = deniedCase(QStringLiteral("commercial"));
        CliRun r = p2p({QStringLiteral("request"), QStringLiteral("--case"), pa, QStringLiteral("--by"), QStringLiteral("Dr. Elena Vance"),
                        QStringLiteral("--contact"), QStringLiteral("+1 555 0100")},
                       QStringLiteral("nina"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("offer a time by")), qPrintable(r.out));
        const QString when = QDateTime::currentDateTimeUtc().addSecs(3600 * 5).toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
        r = p2p({QStringLiteral("schedule"), QStringLiteral("--case"), pa, QStringLiteral("--at"), when}, QStringLiteral("rita"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("scheduled for")), qPrintable(r.out));
        const QString tooLate = QDateTime::currentDateTimeUtc().addDays(10).toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
        r = p2p({QStringLiteral("schedule"), QStringLiteral("--case"), pa, QStringLiteral("--at"), tooLate}, QStringLiteral("rita"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("after its deadline")), qPrintable(r.err));
        r = p2p({QStringLiteral("hold"), QStringLiteral("--case"), pa, QStringLiteral("--with"), QStringLiteral("Dr. Vance, Dr. Chen"), QStringLiteral("--note"),
                 QStringLiteral("A repeat ALT of 31 U/L was taken last week.")},
                QStringLiteral("mark"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = p2p({QStringLiteral("close"), QStringLiteral("--case"), pa, QStringLiteral("--result"), QStringLiteral("stands")}, QStringLiteral("rita"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("only a medical director")), qPrintable(r.err));
        r = p2p({QStringLiteral("close"), QStringLiteral("--case"), pa, QStringLiteral("--result"), QStringLiteral("changed"), QStringLiteral("--outcome"),
                 QStringLiteral("deny"), QStringLiteral("--reason"), QStringLiteral("the denial now names the liver test"), QStringLiteral("--policy"),
                 QStringLiteral("cigna-ip0535")},
                QStringLiteral("mark"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("closed, the decision changed")), qPrintable(r.out));
        auto db = Database::open(m_location).value();
        auto q = db->exec(QStringLiteral("SELECT supersede_reason FROM determinations ORDER BY id DESC LIMIT 1"));
        QVERIFY(q && q->next());
        QVERIFY2(q->value(0).toString().contains(QStringLiteral("follows the peer-to-peer discussion")), qPrintable(q->value(0).toString()));
        QVERIFY(AuditLog::verify(*db));
    }
};

QTEST_MAIN(TestAppealCli)
#include "tst_appealcli.moc"
