// Determination letters, read back from the PDF with poppler's tools: for
// every kind (approval, denial, request for information, referral) and
// language (English, Spanish) every element the issue names is there with
// the case's own values; fonts are embedded, the body is at least 12 point,
// page numbers read "page 1 of 2", the file is PDF/A-1b on US Letter (A4 by
// setting). A denial lists exactly the criteria that decided it, with the
// policy's words. Issuing stores the exact bytes with their SHA-256 and
// exporting again gives those bytes. Bad cases are refused with a clear
// message and no file. On SQLite and on PostgreSQL.

#include "CaseBuilder.h"
#include "StoreFixture.h"
#include "testsupport.h"
#include "cli/Cli.h"
#include "engine/EvaluationJson.h"
#include "engine/Evaluator.h"
#include "letters/CriteriaSnapshot.h"
#include "letters/Letters.h"
#include "findings/FindingText.h"
#include "letters/PhraseBook.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/DecisionDraft.h"
#include "store/Review.h"
#include "store/Users.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace pareview;
using namespace testsupport;

namespace {

// The examples of the issue: the Hemgenix request as it came (approval), with
// ALT above twice the upper limit of normal (denial), without its factor IX
// inhibitor test (request for information); Sevenfact for hemophilia A with
// inhibitors (a renewable approval), and for acquired hemophilia under
// Medicaid (a referral to the off-label policy).
struct Example
{
    QString variant;
    CaseFacts facts;
    QString policy;
    QString outcome;
};

Example example(const QString &variant)
{
    if (variant == QLatin1String("approval"))
        return { variant, exampleFacts(QStringLiteral("hg-01-complete")), QStringLiteral("cigna-ip0535"),
                 QStringLiteral("approve") };
    if (variant == QLatin1String("denial")) {
        CaseBuilder b = CaseBuilder::fromExample(QStringLiteral("hg-01-complete"));
        b.setLab(QStringLiteral("alt"), 96, QDate(2026, 11, 5), 40);
        return { variant, b.facts(), QStringLiteral("cigna-ip0535"), QStringLiteral("deny") };
    }
    if (variant == QLatin1String("information")) {
        CaseBuilder b = CaseBuilder::fromExample(QStringLiteral("hg-01-complete"));
        b.removeLab(QStringLiteral("fix-inhibitor"));
        return { variant, b.facts(), QStringLiteral("cigna-ip0535"), QStringLiteral("pend") };
    }
    if (variant == QLatin1String("renewable"))
        return { variant, exampleFacts(QStringLiteral("sf-01-hemA-inhibitor-12bu")),
                 QStringLiteral("cigna-ip0355"), QStringLiteral("approve") };
    // referral
    CaseBuilder b = CaseBuilder::fromExample(QStringLiteral("sf-01-hemA-inhibitor-12bu"));
    b.setDiagnoses({ QStringLiteral("D68.311") }).setLineOfBusiness(QStringLiteral("medicaid"));
    return { QStringLiteral("referral"), b.facts(), QStringLiteral("centene-cp-phar-220"),
             QStringLiteral("refer") };
}

struct CliRun
{
    int code;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &args, const QByteArray &input)
{
    QBuffer in;
    in.setData(input);
    in.open(QIODevice::ReadOnly);
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = pareview::cli::run(args, { in, o, e });
    o.flush();
    e.flush();
    return { code, out, err };
}

QString longDate(const QDate &d, const QString &language)
{
    return language == QLatin1String("es")
        ? QLocale(QLocale::Spanish, QLocale::UnitedStates)
              .toString(d, QStringLiteral("d 'de' MMMM 'de' yyyy"))
        : QLocale(QLocale::English, QLocale::UnitedStates).toString(d, QStringLiteral("MMMM d, yyyy"));
}

// The policy's words as a letter quotes them: without the connector to the next criterion.
QString quoted(QString words)
{
    static const QRegularExpression connector(QStringLiteral("[;,]?\\s*\\b(AND|OR)\\s*$"));
    for (int i = 0; i < 3; ++i)
        words = words.remove(connector).trimmed();
    while (words.endsWith(QLatin1Char(';')))
        words.chop(1);
    return words.simplified();
}

const Criterion *criterion(const QVector<Criterion> &list, const QString &label)
{
    for (const Criterion &c : list) {
        if (c.fullLabel == label)
            return &c;
        if (const Criterion *child = criterion(c.children, label))
            return child;
    }
    return nullptr;
}

QString policyWords(const Policy &policy, const QString &label)
{
    for (const Pathway &p : policy.pathways)
        if (const Criterion *c = criterion(p.criteria, label))
            return c->text;
    if (const Criterion *c = criterion(policy.notCovered, label))
        return c->text;
    return QStringLiteral("<no criterion %1>").arg(label);
}

// The criteria a denial rests on, worked out from the evaluation's tree:
// not met, with every criterion above it not met as well.
QStringList decisiveNotMet(const Evaluation &ev)
{
    QStringList out;
    QVector<CriterionStatus> above; // statuses of the ancestors, by depth
    for (const CriterionResult &c : ev.criteria) {
        if (c.section) // the section's own row is no requirement; its criteria start at depth 1
            continue;
        above.resize(c.depth - 1);
        bool decisive = c.status == CriterionStatus::NotMet;
        for (CriterionStatus s : std::as_const(above))
            decisive = decisive && s == CriterionStatus::NotMet;
        if (decisive)
            out << c.label;
        above.append(c.status);
    }
    return out;
}

} // namespace

class TestLetters final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FreshStore> m_store;
    std::shared_ptr<Database> m_db;
    User m_admin, m_nurse, m_reviewer, m_director, m_directorWithoutCredentials;
    QTemporaryDir m_dir;
    const PolicyLibrary &m_library = library();

    qint64 newCase(const CaseFacts &facts, const QString &language = QStringLiteral("en"))
    {
        auto id = CaseStore::create(*m_db, facts, m_nurse);
        if (!id) {
            qWarning("%s", qPrintable(id.error()));
            return -1;
        }
        // Reviewed once the nurse submits it, as in the window.
        if (auto s = Review::submitForReview(*m_db, id.value(), m_nurse); !s) {
            qWarning("%s", qPrintable(s.error()));
            return -1;
        }
        if (language != QLatin1String("en"))
            (void)m_db->exec(QStringLiteral("UPDATE cases SET language = :l WHERE id = :id"),
                             { { QStringLiteral("l"), language }, { QStringLiteral("id"), id.value() } });
        return id.value();
    }

    // A case decided from its criteria results, as `pareview decide` does.
    qint64 decided(const Example &e, const QString &language, const User *by = nullptr)
    {
        const qint64 id = newCase(e.facts, language);
        const User &actor = by ? *by : m_director;
        auto draft = DecisionDrafts::prepare(*m_db, m_library, id, e.outcome, QString(), actor, e.policy);
        if (!draft) {
            qWarning("%s", qPrintable(draft.error()));
            return -1;
        }
        auto d = Review::determine(*m_db, id, draft->input, actor);
        if (!d) {
            qWarning("%s", qPrintable(d.error()));
            return -1;
        }
        return id;
    }

    // PAREVIEW_KEEP_LETTERS=folder keeps every letter the test writes, to look at.
    QString save(const QByteArray &pdf, const QString &name)
    {
        const QString keep = qEnvironmentVariable("PAREVIEW_KEEP_LETTERS");
        const QString path = keep.isEmpty() ? m_dir.filePath(name) : QDir(keep).filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(pdf);
        return path;
    }

    // The text of a PDF as pdftotext -layout reads it, with the page footers
    // taken out and the whitespace made single, so phrases that wrap still match.
    static QString textOf(const QString &path, const QString &footer)
    {
        QString text
            = testsupport::runTool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
        QStringList lines;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            QString l = line;
            l.remove(QLatin1Char('\f'));
            if (l.trimmed().startsWith(footer))
                continue;
            lines << l;
        }
        return lines.join(QLatin1Char(' ')).simplified();
    }

    qint64 count(const QString &sql)
    {
        auto q = m_db->exec(sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase_data() { addEngineRows(); }

    void initTestCase() { QVERIFY2(m_dir.isValid(), "temporary folder"); }

    void init()
    {
        QFETCH_GLOBAL(QString, engine);
        m_store = std::make_unique<FreshStore>(engine);
        auto db = Database::open(m_store->location());
        QVERIFY2(db, qPrintable(db.error()));
        m_db = db.value();
        m_admin
            = Users::add(*m_db, QStringLiteral("ada"), Role::Administrator, QStringLiteral("admin password"))
                  .value();
        m_nurse
            = Users::add(*m_db, QStringLiteral("nina"), Role::IntakeNurse, QStringLiteral("nurse password"),
                         QStringLiteral("Nina Ruiz"), QStringLiteral("RN"), &m_admin)
                  .value();
        m_reviewer = Users::add(*m_db, QStringLiteral("rita"), Role::ClinicalReviewer,
                                QStringLiteral("reviewer password"), QStringLiteral("Rita Okafor"),
                                QStringLiteral("PharmD"), &m_admin)
                         .value();
        m_director = Users::add(*m_db, QStringLiteral("mark"), Role::MedicalDirector,
                                QStringLiteral("director password"), QStringLiteral("Mark Chen"),
                                QStringLiteral("MD"), &m_admin)
                         .value();
        m_directorWithoutCredentials = Users::add(*m_db, QStringLiteral("dana"), Role::MedicalDirector,
                                                  QStringLiteral("director2 password"),
                                                  QStringLiteral("Dana Ortiz"), QString(), &m_admin)
                                           .value();
    }

    void cleanup()
    {
        m_db.reset();
        m_store.reset();
    }

    void letterHasEveryElement_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("language");
        for (const char *variant : { "approval", "renewable", "denial", "information", "referral" })
            for (const char *language : { "en", "es" })
                QTest::addRow("%s, %s", variant, language)
                    << QString::fromLatin1(variant) << QString::fromLatin1(language);
    }

    void letterHasEveryElement()
    {
        QFETCH(QString, variant);
        QFETCH(QString, language);
        const bool es = language == QLatin1String("es");
        const Example e = example(variant);
        const qint64 id = decided(e, language);
        QVERIFY(id > 0);

        auto issued = Letters::issue(*m_db, m_library, id, {}, m_director);
        QVERIFY2(issued, qPrintable(issued.error()));
        QVERIFY(issued->newlyIssued);
        QCOMPARE(issued->language, language); // the member's preference on the case
        const QString path = save(issued->pdf, QStringLiteral("%1-%2.pdf").arg(variant, language));

        const auto summary = CaseStore::summary(*m_db, id).value();
        const StoredDetermination det = *Review::latestDetermination(*m_db, id).value();
        const Policy *policy = m_library.inEffect(e.policy, exampleAsOf());
        QVERIFY(policy);
        const QString text = textOf(path,
                                    es ? QStringLiteral("Caso %1").arg(summary.reference)
                                       : QStringLiteral("Case %1").arg(summary.reference));
        const QDate issuedOn
            = QDateTime::fromString(issued->issuedAt, Qt::ISODateWithMs).toLocalTime().date();
        auto facts = CaseStore::facts(*m_db, id, m_director).value();

        auto expect = [&](const QString &what, const QString &value) {
            if (!text.contains(value.simplified()))
                QFAIL(qPrintable(QStringLiteral("%1 \"%2\" is not in the %3 %4 letter:\n%5")
                                     .arg(what, value, language, variant, text)));
        };
        // Every letter.
        expect(QStringLiteral("payer"), *facts.payer);
        expect(QStringLiteral("plan"), *facts.plan);
        expect(QStringLiteral("letter date"), longDate(issuedOn, language));
        expect(QStringLiteral("case reference"), summary.reference);
        expect(QStringLiteral("member name"), *facts.memberName);
        expect(QStringLiteral("member id"), *facts.memberId);
        expect(QStringLiteral("prescriber name"), *facts.prescriberName);
        expect(QStringLiteral("prescriber NPI"), QStringLiteral("NPI %1").arg(*facts.prescriberNpi));
        expect(QStringLiteral("drug name"), facts.drugText);
        expect(QStringLiteral("HCPCS"), facts.hcpcs);
        expect(QStringLiteral("policy number"), policy->number);
        expect(QStringLiteral("policy title"), policy->title);
        expect(QStringLiteral("policy version"), policy->version);
        expect(QStringLiteral("policy effective date"), longDate(policy->effective, language));
        expect(QStringLiteral("decision date"),
               longDate(QDateTime::fromString(det.decidedAt, Qt::ISODateWithMs).date(), language));
        expect(QStringLiteral("who decided"), QStringLiteral("Mark Chen, MD"));
        expect(QStringLiteral("their role"),
               es ? QStringLiteral("Director Médico") : QStringLiteral("Medical Director"));
        expect(QStringLiteral("contact line"),
               es ? QStringLiteral("Llame a Servicios al Miembro") : QStringLiteral("Call Member Services"));
        expect(QStringLiteral("help in other languages"), QStringLiteral("Tiếng Việt"));
        expect(QStringLiteral("help in other languages"),
               es ? QStringLiteral("English: Free help") : QStringLiteral("Español: Tenemos ayuda"));

        // Page numbers on every page, and a sensible number of pages.
        const QString info = testsupport::runTool(QStringLiteral("pdfinfo"), { path });
        const auto pagesMatch = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY2(pagesMatch.hasMatch(), qPrintable(info));
        const int pages = pagesMatch.captured(1).toInt();
        QVERIFY2(pages >= 1 && pages <= 5, qPrintable(info));
        const QString raw
            = testsupport::runTool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
        for (int p = 1; p <= pages; ++p) {
            const QString label = es ? QStringLiteral("Página %1 de %2").arg(p).arg(pages)
                                     : QStringLiteral("Page %1 of %2").arg(p).arg(pages);
            QVERIFY2(raw.contains(label), qPrintable(label));
        }
        QVERIFY2(info.contains(QStringLiteral("612 x 792 pts (letter)")), qPrintable(info));
        QVERIFY2(QRegularExpression(QStringLiteral("PDF version:\\s+1\\.4")).match(info).hasMatch(),
                 qPrintable(info));
        QVERIFY(issued->pdf.contains("pdfaid:part=\"1\"")
                && issued->pdf.contains("pdfaid:conformance=\"B\""));

        // Every font embedded.
        const QString fonts = testsupport::runTool(QStringLiteral("pdffonts"), { path });
        const QStringList fontRows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY2(!fontRows.isEmpty(), qPrintable(fonts));
        for (const QString &row : fontRows) {
            const QStringList cols = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(cols.size() >= 5 && cols.at(cols.size() - 5) == QLatin1String("yes"),
                     qPrintable(QStringLiteral("not embedded: ") + row));
        }

        // Body text at least 12 points: DejaVu Sans at 12 pt gives word boxes 13.97 pt high.
        const QString boxes
            = testsupport::runTool(QStringLiteral("pdftotext"), { QStringLiteral("-bbox"), path, QStringLiteral("-") });
        static const QRegularExpression word(
            QStringLiteral("yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\">([^<]*)<"));
        double smallest = 1000;
        QString smallestWord;
        int words = 0;
        for (auto it = word.globalMatch(boxes); it.hasNext();) {
            const auto m = it.next();
            const double h = m.captured(2).toDouble() - m.captured(1).toDouble();
            ++words;
            if (h < smallest) {
                smallest = h;
                smallestWord = m.captured(3);
            }
        }
        QVERIFY(words > 200);
        QVERIFY2(smallest >= 12.0 * 1.16,
                 qPrintable(QStringLiteral("\"%1\" is %2 pt high").arg(smallestWord).arg(smallest)));

        const auto book = letters::PhraseBook::builtIn().value();
        if (variant == QLatin1String("approval") || variant == QLatin1String("renewable")) {
            expect(QStringLiteral("decision"), es ? QStringLiteral("Aprobada") : QStringLiteral("Approved"));
            expect(QStringLiteral("quantity"),
                   letters::CriteriaSnapshot::parse(det.criteriaSnapshot)->quantityText(det.quantity, language, *book));
            if (variant == QLatin1String("approval")) {
                expect(QStringLiteral("quantity"),
                       es ? QStringLiteral("1 kit de 16 viales, NDC 0053-0160-16")
                          : QStringLiteral("1 kit of 16 vials, NDC 0053-0160-16"));
                expect(QStringLiteral("NDC"), QStringLiteral("NDC 0053-0160-16"));
                expect(QStringLiteral("one time"),
                       es ? QStringLiteral("Una sola vez") : QStringLiteral("One time only"));
                expect(QStringLiteral("no renewal"),
                       es ? QStringLiteral("no permite renovarla")
                          : QStringLiteral("does not allow it to be renewed"));
                expect(QStringLiteral("dose"),
                       es ? QStringLiteral("2 × 10¹³ copias del genoma por kilogramo de peso corporal")
                          : QStringLiteral("2 × 10¹³ genome copies per kilogram of body weight"));
            } else {
                expect(QStringLiteral("quantity"),
                       es ? QStringLiteral("hasta 189,000 mcg cada 28 días")
                          : QStringLiteral("up to 189,000 mcg per 28 days"));
                expect(QStringLiteral("renewable"),
                       es ? QStringLiteral("Renovable") : QStringLiteral("Renewable"));
                expect(QStringLiteral("what a renewal needs"),
                       es ? QStringLiteral("Requisito 1.Reauthorization")
                          : QStringLiteral("Requirement 1.Reauthorization"));
                expect(QStringLiteral("dose"),
                       es ? QStringLiteral("75 microgramos por kilogramo de peso corporal cada 2 horas")
                          : QStringLiteral("75 micrograms per kilogram of body weight every 2 hours"));
            }
            expect(QStringLiteral("start date"), longDate(det.approvalStart, language));
            expect(QStringLiteral("end date"), longDate(det.approvalEnd, language));
        } else if (variant == QLatin1String("denial")) {
            expect(QStringLiteral("decision"), es ? QStringLiteral("Denegada") : QStringLiteral("Denied"));
            auto snapshot = letters::CriteriaSnapshot::parse(det.criteriaSnapshot).value();
            for (const auto &c : snapshot.decisiveNotMet()) {
                expect(QStringLiteral("not-met criterion"),
                       (es ? QStringLiteral("Requisito %1") : QStringLiteral("Requirement %1")).arg(c.label));
                expect(QStringLiteral("its policy words"),
                       quoted(book->policyWords(policyWords(*policy, c.label), language).text));
                expect(QStringLiteral("what the record showed"), FindingText::builtIn().plain(c.finding, language).text);
                // Once, under its requirement; the explanation above names it only.
                QCOMPARE(text.count(FindingText::builtIn().plain(c.finding, language).text.simplified()), 1);
            }
            expect(QStringLiteral("the value on record"),
                   es ? QStringLiteral("96 unidades por litro") : QStringLiteral("96 units per liter"));
            expect(QStringLiteral("free copy"),
                   es ? QStringLiteral("copia gratuita") : QStringLiteral("free copy"));
            expect(QStringLiteral("appeal deadline"),
                   es ? QStringLiteral("180 días") : QStringLiteral("180 days"));
            expect(QStringLiteral("appeal deadline date"), longDate(issuedOn.addDays(180), language));
            expect(QStringLiteral("expedited appeal"),
                   es ? QStringLiteral("apelación acelerada") : QStringLiteral("expedited appeal"));
            expect(QStringLiteral("peer-to-peer"),
                   es ? QStringLiteral("conversación entre médicos") : QStringLiteral("peer-to-peer"));
            expect(QStringLiteral("medical director"),
                   es ? QStringLiteral("director médico que la tomó, Mark Chen, MD")
                      : QStringLiteral("medical director who made it, Mark Chen, MD"));
            // Nothing said twice: the explanation names the requirements, the
            // list below says what the records showed (issue 10, point 10).
            QStringList seen;
            static const QRegularExpression footer(QStringLiteral("(Case|Caso) PA-\\d+\\s+(Page|Página) \\d+ (of|de) \\d+"));
            const QString body = QString(text).remove(footer).simplified();
            for (const QString &sentence : body.split(QRegularExpression(QStringLiteral("(?<=[.:])\\s+")))) {
                if (sentence.size() < 40)
                    continue;
                QVERIFY2(!seen.contains(sentence), qPrintable(QStringLiteral("said twice in the %1 denial: %2").arg(language, sentence)));
                seen << sentence;
            }
        } else if (variant == QLatin1String("information")) {
            expect(QStringLiteral("decision"),
                   es ? QStringLiteral("Aún sin decidir") : QStringLiteral("Not decided yet"));
            expect(QStringLiteral("reply-by date"), longDate(det.replyBy, language));
            QCOMPARE(det.replyBy, QDate::currentDate().addDays(14));
            auto snapshot = letters::CriteriaSnapshot::parse(det.criteriaSnapshot).value();
            const auto missing = snapshot.missingInformation();
            QCOMPARE(missing.size(), 2); // 1.F.i and 1.F.ii both need the inhibitor test
            for (const auto &c : missing) {
                expect(
                    QStringLiteral("criterion it is for"),
                    (es ? QStringLiteral("el requisito %1") : QStringLiteral("requirement %1")).arg(c.label));
                expect(QStringLiteral("its policy words"),
                       quoted(book->policyWords(policyWords(*policy, c.label), language).text));
                expect(QStringLiteral("the missing item"), FindingText::builtIn().plain(c.finding, language).text);
            }
            expect(QStringLiteral("the missing test"),
                   es ? QStringLiteral("prueba de inhibidores del factor IX")
                      : QStringLiteral("factor IX inhibitor test"));
        } else {
            expect(QStringLiteral("decision"),
                   es ? QStringLiteral("Enviada para revisión según la póliza CP.PMN.53")
                      : QStringLiteral("Sent for review under policy CP.PMN.53"));
            expect(QStringLiteral("target policy"), QStringLiteral("CP.PMN.53"));
            expect(QStringLiteral("why"),
                   es ? QStringLiteral("D68.311 (hemofilia adquirida)")
                      : QStringLiteral("D68.311 (acquired hemophilia)"));
            expect(QStringLiteral("why"),
                   es ? QStringLiteral("no incluye este uso") : QStringLiteral("does not list this use"));
        }

        // A Spanish letter is Spanish throughout: nothing quoted untranslated.
        if (es) {
            QVERIFY2(!text.contains(QStringLiteral("en inglés")), qPrintable(text));
            for (const char *english : { "Dear ", "Your request", "Page ", "Sincerely",
                                         "What the policy says", "approved", "denied" })
                QVERIFY2(!text.contains(QLatin1String(english)), english);
        }

        // No unexplained abbreviations: every abbreviation is in the letter's list of them.
        const int glossaryAt = text.indexOf(es ? QStringLiteral("Abreviaturas de esta carta")
                                               : QStringLiteral("Abbreviations in this letter"));
        QVERIFY(glossaryAt > 0);
        const QString body = text.left(glossaryAt);
        const QString glossary = text.mid(glossaryAt);
        QSet<QString> allowed
            = { QStringLiteral("AND"), QStringLiteral("OR"), QStringLiteral("ALL"), QStringLiteral("ONE"),
                QStringLiteral("BOTH"), QStringLiteral("NOT"), QStringLiteral("II"), QStringLiteral("III"),
                QStringLiteral("IV"), QStringLiteral("VII"), QStringLiteral("VIII"), QStringLiteral("IX"),
                QStringLiteral("VIIa"), QStringLiteral("RT"),
                // the policies' emphasis, in their Spanish translation
                QStringLiteral("UNO"), QStringLiteral("TODOS"), QStringLiteral("LOS"), QStringLiteral("DOS"),
                QStringLiteral("NO") };
        for (const QString &part :
             (policy->number + QLatin1Char(' ') + summary.reference + QLatin1Char(' ') + det.referTo)
                 .split(QRegularExpression(QStringLiteral("[ .-]"))))
            allowed.insert(part);
        // All capitals (digits allowed: AAV5, CD4), or capitals with a plural "s" (NAbs); not
        // parts of identifiers such as CP.PHAR.220 or PA-0000001.
        static const QRegularExpression abbreviation(
            QStringLiteral("(?<![\\w.-])([A-Z][A-Z0-9]*[A-Z][A-Z0-9+]*(?:[a-z]s?)?)(?![\\w-]|\\.\\w)"));
        QStringList unexplained;
        for (auto it = abbreviation.globalMatch(body); it.hasNext();) {
            const QString a = it.next().captured(1);
            if (allowed.contains(a) || a.front().isDigit())
                continue;
            if (!QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(a)))
                     .match(glossary)
                     .hasMatch())
                unexplained << a;
        }
        unexplained.removeDuplicates();
        QVERIFY2(unexplained.isEmpty(),
                 qPrintable(QStringLiteral("not explained: %1").arg(unexplained.join(QStringLiteral(", ")))));

        // Issued: stored with its SHA-256 and an audit row; the case moved on.
        QCOMPARE(
            issued->sha256,
            QString::fromLatin1(QCryptographicHash::hash(issued->pdf, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM letters WHERE case_id = %1").arg(id)), 1);
        QCOMPARE(count(QStringLiteral(
                           "SELECT COUNT(*) FROM audit_log WHERE action = 'letter.issue' AND case_id = %1")
                           .arg(id)),
                 1);
        QCOMPARE(CaseStore::summary(*m_db, id)->status,
                 variant == QLatin1String("information") ? QStringLiteral("pended")
                                                         : QStringLiteral("letter-issued"));
        QVERIFY(AuditLog::verify(*m_db));
    }

    void denialListsExactlyTheCriteriaNotMet_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("changes");
        QTest::addColumn<QStringList>("expected");
        for (const char *language : { "en", "es" }) {
            const QString lang = QString::fromLatin1(language);
            QTest::addRow("ALT above 2 x ULN, %s", language)
                << lang << QStringList{ QStringLiteral("alt") }
                << QStringList{ QStringLiteral("1.I"), QStringLiteral("1.I.i") };
            QTest::addRow("ALT and platelets, %s", language)
                << lang << QStringList{ QStringLiteral("alt"), QStringLiteral("platelets") }
                << QStringList{ QStringLiteral("1.I"), QStringLiteral("1.I.i"), QStringLiteral("1.K") };
            QTest::addRow("a part not met inside a group met anyway, %s", language)
                << lang << QStringList{ QStringLiteral("alt"), QStringLiteral("no-hemorrhage") }
                << QStringList{ QStringLiteral("1.I"), QStringLiteral("1.I.i") };
        }
    }

    void denialListsExactlyTheCriteriaNotMet()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, changes);
        QFETCH(QStringList, expected);
        CaseBuilder b = CaseBuilder::fromExample(QStringLiteral("hg-01-complete"));
        if (changes.contains(QStringLiteral("alt")))
            b.setLab(QStringLiteral("alt"), 96, QDate(2026, 11, 5), 40);
        if (changes.contains(QStringLiteral("platelets")))
            b.setLab(QStringLiteral("platelets"), 40, QDate(2026, 11, 5));
        if (changes.contains(QStringLiteral("no-hemorrhage")))
            b.attest(QStringLiteral("life-threatening-hemorrhage"), false);
        const Evaluation ev = b.evaluate(QStringLiteral("cigna-ip0535"));
        QCOMPARE(decisiveNotMet(ev), expected);
        if (changes.contains(QStringLiteral("no-hemorrhage")))
            QCOMPARE(statusOf(ev, QStringLiteral("1.E.ii.a")),
                     QStringLiteral("not-met")); // not met, but decided nothing

        const qint64 id = decided(
            { QStringLiteral("denial"), b.facts(), QStringLiteral("cigna-ip0535"), QStringLiteral("deny") },
            language);
        QVERIFY(id > 0);
        auto issued = Letters::issue(*m_db, m_library, id, {}, m_director);
        QVERIFY2(issued, qPrintable(issued.error()));
        const QString text = textOf(save(issued->pdf, QStringLiteral("exact.pdf")), QStringLiteral("Cas"));
        static const QRegularExpression heading(QStringLiteral("(?:Requirement|Requisito) ([0-9A-Za-z.]+)"));
        QStringList listed;
        for (auto it = heading.globalMatch(text); it.hasNext();)
            listed << it.next().captured(1);
        QCOMPARE(listed, expected);
        const Policy *policy = m_library.inEffect(QStringLiteral("cigna-ip0535"), exampleAsOf());
        const auto book = letters::PhraseBook::builtIn().value();
        for (const QString &label : expected)
            QVERIFY2(text.contains(quoted(book->policyWords(policyWords(*policy, label), language).text)),
                     qPrintable(label));
    }

    void reexportGivesTheStoredBytes()
    {
        const qint64 id = decided(example(QStringLiteral("denial")), QStringLiteral("en"));
        auto preview = Letters::preview(*m_db, m_library, id, {}, m_director);
        QVERIFY2(preview, qPrintable(preview.error()));
        auto again = Letters::preview(*m_db, m_library, id, {}, m_director);
        QCOMPARE(again->pdf, preview->pdf); // the same letter renders to the same bytes
        auto first = Letters::issue(*m_db, m_library, id, {}, m_director);
        QVERIFY2(first, qPrintable(first.error()));
        QVERIFY(first->newlyIssued);
        QCOMPARE(first->pdf, preview->pdf); // what was previewed is what was issued

        // Exported later, by someone else, even by an intake nurse: the stored bytes.
        auto second = Letters::issue(*m_db, m_library, id, {}, m_nurse);
        QVERIFY2(second, qPrintable(second.error()));
        QVERIFY(!second->newlyIssued);
        QCOMPARE(second->pdf, first->pdf);
        QCOMPARE(second->sha256, first->sha256);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM letters")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'letter.export'")), 1);

        // Through the command line: the file holds the stored bytes.
        const QString out = m_dir.filePath(QStringLiteral("again.pdf"));
        const CliRun r = runCli({ QStringLiteral("letter"), QStringLiteral("--db"), m_store->location(),
                                  QStringLiteral("--case"), QString::number(id), QStringLiteral("--user"),
                                  QStringLiteral("rita"), QStringLiteral("--out"), out },
                                "reviewer password\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("exported")), qPrintable(r.out));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(bytes, first->pdf);
        auto q = m_db->exec(QStringLiteral("SELECT sha256 FROM letters WHERE case_id = :c"),
                            { { QStringLiteral("c"), id } });
        QVERIFY(q && q->next());
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                 q->value(0).toString());

        // Stored bytes that were changed are noticed, never handed out.
        QVERIFY(m_db->exec(
            QStringLiteral("UPDATE letters SET sha256 = :s WHERE case_id = :c"),
            { { QStringLiteral("s"), QString(64, QLatin1Char('0')) }, { QStringLiteral("c"), id } }));
        auto tampered = Letters::issue(*m_db, m_library, id, {}, m_director);
        QVERIFY(!tampered);
        QVERIFY2(tampered.error().contains(QStringLiteral("SHA-256")), qPrintable(tampered.error()));
    }

    void aSecondLanguageIsASecondLetter()
    {
        const qint64 id = decided(example(QStringLiteral("approval")), QStringLiteral("en"));
        auto en = Letters::issue(*m_db, m_library, id, {}, m_director);
        QVERIFY2(en, qPrintable(en.error()));
        LetterOptions spanish;
        spanish.language = QStringLiteral("es");
        auto es = Letters::issue(*m_db, m_library, id, spanish, m_director);
        QVERIFY2(es, qPrintable(es.error()));
        QVERIFY(es->newlyIssued);
        QVERIFY(es->pdf != en->pdf);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM letters")), 2);
        QCOMPARE(Letters::issued(*m_db, id)->size(), 2);
    }

    void paperIsLetterUnlessA4IsChosen()
    {
        const qint64 id = decided(example(QStringLiteral("approval")), QStringLiteral("en"));
        LetterOptions a4;
        a4.paper = letters::Paper::A4;
        auto byOption = Letters::preview(*m_db, m_library, id, a4, m_director);
        QVERIFY2(byOption, qPrintable(byOption.error()));
        QVERIFY(testsupport::runTool(QStringLiteral("pdfinfo"), { save(byOption->pdf, QStringLiteral("a4.pdf")) })
                    .contains(QStringLiteral("(A4)")));
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('letters.paper', 'a4')")));
        auto bySetting = Letters::preview(*m_db, m_library, id, {}, m_director);
        QVERIFY2(bySetting, qPrintable(bySetting.error()));
        QCOMPARE(bySetting->pdf, byOption->pdf);
        LetterOptions letter;
        letter.paper = letters::Paper::Letter;
        auto us = Letters::preview(*m_db, m_library, id, letter, m_director);
        QVERIFY(testsupport::runTool(QStringLiteral("pdfinfo"), { save(us->pdf, QStringLiteral("letter.pdf")) })
                    .contains(QStringLiteral("(letter)")));
    }

    void refusedWithAClearMessageAndNoFile_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<QString>("message");
        QTest::newRow("no determination yet")
            << QStringLiteral("undecided") << QStringLiteral("has no determination yet");
        QTest::newRow("a denial not by a medical director")
            << QStringLiteral("reviewer-denial") << QStringLiteral("not by a medical director");
        QTest::newRow("a medical director without credentials")
            << QStringLiteral("no-credentials") << QStringLiteral("no credentials on file");
        QTest::newRow("a withdrawn request") << QStringLiteral("withdrawn") << QStringLiteral("withdrawn");
        QTest::newRow("no appeal deadline for the line of business")
            << QStringLiteral("no-appeal-rule") << QStringLiteral("no appeal deadline");
    }

    void refusedWithAClearMessageAndNoFile()
    {
        QFETCH(QString, situation);
        QFETCH(QString, message);
        const Example denial = example(QStringLiteral("denial"));
        qint64 id = -1;
        if (situation == QLatin1String("undecided")) {
            id = newCase(denial.facts);
        } else if (situation == QLatin1String("no-credentials")) {
            id = decided(denial, QStringLiteral("en"), &m_directorWithoutCredentials);
        } else if (situation == QLatin1String("no-appeal-rule")) {
            id = decided(denial, QStringLiteral("en"));
            QVERIFY(
                m_db->exec(QStringLiteral("DELETE FROM appeal_rules WHERE line_of_business = 'commercial'")));
        } else {
            // Written past the store's rules, as an old or damaged store could hold it.
            id = newCase(denial.facts);
            auto draft = DecisionDrafts::prepare(*m_db, m_library, id, QStringLiteral("deny"), QString(),
                                                 m_director, denial.policy);
            QVERIFY2(draft, qPrintable(draft.error()));
            const bool withdrawn = situation == QLatin1String("withdrawn");
            QVERIFY(m_db->exec(
                QStringLiteral("INSERT INTO determinations (case_id, outcome, rationale, decided_by, "
                               "decided_at, policy_id, policy_version,"
                               " criteria_snapshot) VALUES (:c, :o, 'r', :by, :at, :p, :v, :s)"),
                { { QStringLiteral("c"), id },
                  { QStringLiteral("o"), withdrawn ? QStringLiteral("withdrawn") : QStringLiteral("deny") },
                  { QStringLiteral("by"), m_reviewer.id },
                  { QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
                  { QStringLiteral("p"), draft->input.policyId },
                  { QStringLiteral("v"), draft->input.policyVersion },
                  { QStringLiteral("s"), draft->input.criteriaSnapshot } }));
        }
        QVERIFY(id > 0);
        auto issued = Letters::issue(*m_db, m_library, id, {}, m_director);
        QVERIFY(!issued);
        QVERIFY2(issued.error().contains(message), qPrintable(issued.error()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM letters")), 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'refused.letter'")) >= 1);

        const QString out = m_dir.filePath(QStringLiteral("refused-%1.pdf").arg(situation));
        const CliRun r = runCli({ QStringLiteral("letter"), QStringLiteral("--db"), m_store->location(),
                                  QStringLiteral("--case"), QString::number(id), QStringLiteral("--user"),
                                  QStringLiteral("mark"), QStringLiteral("--out"), out },
                                "director password\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(message) && r.err.contains(QStringLiteral("no file was written")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM letters")), 0);
    }

    void decideAndLetterFromTheCommandLine()
    {
        const qint64 id = newCase(example(QStringLiteral("denial")).facts, QStringLiteral("es"));
        const QString db = m_store->location();
        auto decide = [&](const QString &user, const QByteArray &password, const QString &outcome) {
            return runCli({ QStringLiteral("decide"), QStringLiteral("--db"), db, QStringLiteral("--case"),
                            QString::number(id), QStringLiteral("--user"), user, QStringLiteral("--outcome"),
                            outcome, QStringLiteral("--policy"), QStringLiteral("cigna-ip0535") },
                          password + '\n');
        };
        // The same role rules as the workstation.
        const CliRun nurse = decide(QStringLiteral("nina"), "nurse password", QStringLiteral("deny"));
        QCOMPARE(nurse.code, 1);
        QVERIFY2(nurse.err.contains(QStringLiteral("may not record determinations")), qPrintable(nurse.err));
        const CliRun reviewer = decide(QStringLiteral("rita"), "reviewer password", QStringLiteral("deny"));
        QCOMPARE(reviewer.code, 1);
        QVERIFY2(reviewer.err.contains(QStringLiteral("only a medical director")), qPrintable(reviewer.err));
        const CliRun wrong = decide(QStringLiteral("mark"), "not the password", QStringLiteral("deny"));
        QCOMPARE(wrong.code, 1);
        QVERIFY(wrong.err.contains(QStringLiteral("wrong user name or password")));
        const CliRun approve = decide(QStringLiteral("mark"), "director password", QStringLiteral("approve"));
        QCOMPARE(approve.code, 1); // ALT too high: an approval goes against the recommendation, and no rationale was given
        QVERIFY2(approve.err.contains(QStringLiteral("against the recommendation")) && approve.err.contains(QStringLiteral("1.I")),
                 qPrintable(approve.err));
        QCOMPARE(Review::determinations(*m_db, id)->size(), 0);
        QCOMPARE(runCli({ QStringLiteral("decide"), QStringLiteral("--db"), db, QStringLiteral("--case"),
                          QString::number(id) },
                        {})
                     .code,
                 2);

        const CliRun director = decide(QStringLiteral("mark"), "director password", QStringLiteral("deny"));
        QVERIFY2(director.code == 0, qPrintable(director.err));
        QVERIFY2(director.out.contains(QStringLiteral("deny under Cigna IP0535")), qPrintable(director.out));
        const StoredDetermination det = *Review::latestDetermination(*m_db, id).value();
        QCOMPARE(det.outcome, QStringLiteral("deny"));
        QVERIFY2(det.rationale.contains(QStringLiteral("1.I.i")),
                 qPrintable(det.rationale)); // prefilled from the criteria not met
        QVERIFY(det.criteriaSnapshot.contains(QStringLiteral("\"not-met\"")));

        const QString out = m_dir.filePath(QStringLiteral("cli-denial.pdf"));
        const CliRun letter
            = runCli({ QStringLiteral("letter"), QStringLiteral("--db"), db, QStringLiteral("--case"),
                       summaryReference(id), QStringLiteral("--user"), QStringLiteral("mark"),
                       QStringLiteral("--out"), out },
                     "director password\n");
        QVERIFY2(letter.code == 0, qPrintable(letter.err));
        QVERIFY2(letter.out.startsWith(QStringLiteral("issued")), qPrintable(letter.out));
        const QString text = textOf(out, QStringLiteral("Caso"));
        QVERIFY2(text.contains(QStringLiteral("Su solicitud de Hemgenix está denegada")),
                 qPrintable(text)); // the member's language
        const QString english = m_dir.filePath(QStringLiteral("cli-denial-en.pdf"));
        const CliRun en
            = runCli({ QStringLiteral("letter"), QStringLiteral("--db"), db, QStringLiteral("--case"),
                       QString::number(id), QStringLiteral("--user"), QStringLiteral("mark"),
                       QStringLiteral("--out"), english, QStringLiteral("--lang"), QStringLiteral("en") },
                     "director password\n");
        QVERIFY2(en.code == 0, qPrintable(en.err));
        QVERIFY(textOf(english, QStringLiteral("Case"))
                    .contains(QStringLiteral("Your request for Hemgenix is denied")));
        QCOMPARE(runCli({ QStringLiteral("letter"), QStringLiteral("--db"), db, QStringLiteral("--case"),
                          QString::number(id), QStringLiteral("--out"), out },
                        {})
                     .code,
                 2);

        // Pend and refer: the reply-by date and the target come from the criteria results.
        const qint64 pended = newCase(example(QStringLiteral("information")).facts);
        const CliRun pend
            = runCli({ QStringLiteral("decide"), QStringLiteral("--db"), db, QStringLiteral("--case"),
                       QString::number(pended), QStringLiteral("--user"), QStringLiteral("mark"),
                       QStringLiteral("--outcome"), QStringLiteral("pend"), QStringLiteral("--policy"),
                       QStringLiteral("cigna-ip0535") },
                     "director password\n");
        QVERIFY2(pend.code == 0, qPrintable(pend.err));
        QCOMPARE(Review::latestDetermination(*m_db, pended).value()->replyBy,
                 QDate::currentDate().addDays(14));
        // A Centene Medicaid member: the payer table gives Centene's policy alone
        // (Cigna IP0355 lists no line of business, so an unknown payer would get both).
        CaseFacts referral = example(QStringLiteral("referral")).facts;
        referral.payer = { QStringLiteral("Superior HealthPlan (Centene)"), {}, QStringLiteral("test") };
        const qint64 referred = newCase(referral);
        const CliRun refer
            = runCli({ QStringLiteral("decide"), QStringLiteral("--db"), db, QStringLiteral("--case"),
                       QString::number(referred), QStringLiteral("--user"), QStringLiteral("rita"),
                       QStringLiteral("--outcome"), QStringLiteral("refer"), QStringLiteral("--reason"),
                       QStringLiteral("acquired hemophilia: off-label review") },
                     "reviewer password\n");
        QVERIFY2(refer.code == 0, qPrintable(refer.err));
        const StoredDetermination r = *Review::latestDetermination(*m_db, referred).value();
        QCOMPARE(r.referTo, QStringLiteral("CP.PMN.53"));
        QCOMPARE(r.rationale, QStringLiteral("acquired hemophilia: off-label review"));
    }

    // Every finding the engine writes about the examples and their variants
    // (each lab missing, too old, far out of range; each answer missing or
    // reversed) reads as a sentence in every letter language, never as the
    // engine's shorthand.
    void everyFindingReadsAsASentence()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine != QLatin1String("sqlite"))
            QSKIP("no store involved");
        QHash<QString, Finding> reasons;
        auto collect = [&](const CaseFacts &facts) {
            for (const QString &id : m_library.ids()) {
                const Policy *policy = m_library.inEffect(id, exampleAsOf());
                if (!policy || Evaluator::whyNotApplicable(*policy, facts))
                    continue;
                const Evaluation ev = Evaluator::evaluate(*policy, facts, exampleAsOf());
                for (const auto *list : { &ev.criteria, &ev.notCovered })
                    for (const CriterionResult &c : *list)
                        reasons.insert(c.reason, c.finding);
                if (ev.recommendation == Recommendation::Refer)
                    reasons.insert(ev.recommendationReason, ev.recommendationFinding);
            }
        };
        forEachExampleVariant(collect);
        QVERIFY(reasons.size() > 100);
        QStringList shorthand;
        for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
            const QString &reason = it.key();
            if (reason.isEmpty())
                continue;
            for (const QString &language : letters::letterLanguages()) {
                const PlainText p = FindingText::builtIn().plain(it.value(), language);
                // The English fallback quotes the engine: it keeps its symbols.
                if (!p.translated || p.text.contains(QStringLiteral(" ULN"))
                    || p.text.contains(QStringLiteral(" BU")))
                    shorthand << QStringLiteral("[%1] %2").arg(language, reason);
            }
        }
        shorthand.sort();
        QVERIFY2(shorthand.isEmpty(), qPrintable(shorthand.join(QLatin1Char('\n'))));
    }

    // Writes the three example letters for docs/letters when asked to
    // (PAREVIEW_LETTER_SAMPLES=folder).
    void sampleLetters()
    {
        const QString folder = qEnvironmentVariable("PAREVIEW_LETTER_SAMPLES");
        QFETCH_GLOBAL(QString, engine);
        if (folder.isEmpty() || engine != QLatin1String("sqlite"))
            QSKIP("set PAREVIEW_LETTER_SAMPLES to a folder to write the example letters");
        const QList<QPair<QString, QString>> samples
            = { { QStringLiteral("approval"), QStringLiteral("Elias Moreno") },
                { QStringLiteral("denial"), QStringLiteral("Tomas Lindqvist") },
                { QStringLiteral("information"), QStringLiteral("Darnell Price") } };
        for (const auto &s : samples) {
            Example e = example(s.first);
            e.facts.memberName = { s.second, {}, QStringLiteral("sample") };
            const qint64 id = decided(e, QStringLiteral("en"));
            auto letter = Letters::issue(*m_db, m_library, id, {}, m_director);
            QVERIFY2(letter, qPrintable(letter.error()));
            QFile f(QDir(folder).filePath(QStringLiteral("%1.pdf").arg(s.first)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(letter->pdf);
        }
    }

private:
    QString summaryReference(qint64 id) { return CaseStore::summary(*m_db, id)->reference; }
};

QTEST_MAIN(TestLetters)
#include "tst_letters.moc"
