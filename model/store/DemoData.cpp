#include "store/DemoData.h"

#include "intake/FhirImporter.h"
#include "letters/Letters.h"
#include "store/Assignment.h"
#include "store/CaseStore.h"
#include "store/DecisionDraft.h"
#include "store/Review.h"
#include "store/Database.h"
#include "store/Users.h"

#include <QFile>
#include <QHash>

#include <functional>

static void initDemoResources()
{
    Q_INIT_RESOURCE(demo);
}

namespace pareview {

namespace {

// The worked examples are dated 2026-11-21; demo cases keep their spacing
// relative to today so windows ("within 30 days") read the same any day.
const QDate kExampleDate(2026, 11, 21);

void shiftDates(CaseFacts &f, qint64 days, qint64 hoursAgo)
{
    for (auto &series : f.labs)
        for (auto &m : series)
            if (m.date.isValid())
                m.date = m.date.addDays(days);
    for (auto &a : f.attestations)
        if (a.date.isValid())
            a.date = a.date.addDays(days);
    if (f.birthDate.has()) {
        const QDate shifted = f.birthDate->addDays(days);
        f.birthDate = {shifted, shifted, f.birthDate.source};
    }
    f.received = QDateTime::currentDateTimeUtc().addSecs(-3600 * hoursAgo);
    f.receivedDate = f.received.date();
    f.authoredOn = f.authoredOn.addDays(days);
}

struct DemoCase
{
    const char *bundle;
    const char *member;
    const char *memberId;
    qint64 hoursAgo;
    std::function<void(CaseFacts &)> change;
};

void setLab(CaseFacts &f, const char *lab, double value, int daysBeforeToday, std::optional<double> uln = std::nullopt)
{
    auto &series = f.labs[QString::fromLatin1(lab)];
    Measurement m = series.isEmpty() ? Measurement{} : series.last();
    m.value = value;
    m.text.clear();
    m.date = QDate::currentDate().addDays(-daysBeforeToday);
    if (uln)
        m.upperLimit = uln;
    m.source = QStringLiteral("demo data");
    series = {m};
}

void attest(CaseFacts &f, const char *item, const QVariant &v)
{
    f.attestations.insert(QString::fromLatin1(item), {v, QDate::currentDate().addDays(-3), QStringLiteral("demo data")});
}

} // namespace

QVector<DemoData::Account> DemoData::accounts()
{
    return {
        {QStringLiteral("admin"), QStringLiteral("administrator"), QStringLiteral("demo-admin-pass")},
        {QStringLiteral("nurse"), QStringLiteral("intake-nurse"), QStringLiteral("demo-nurse-pass")},
        {QStringLiteral("reviewer"), QStringLiteral("clinical-reviewer"), QStringLiteral("demo-reviewer-pass")},
        {QStringLiteral("director"), QStringLiteral("medical-director"), QStringLiteral("demo-director-pass")},
    };
}

Result<int> DemoData::populate(Database &db)
{
    initDemoResources();
    auto any = Users::any(db);
    if (!any)
        return Error{any.error()};
    if (any.value())
        return Error{QStringLiteral("the store already has users: demo data goes into an empty store only")};

    std::optional<User> admin, nurse;
    const QStringList names = {QStringLiteral("Ada Admin"), QStringLiteral("Nina Ruiz"), QStringLiteral("Rita Okafor"), QStringLiteral("Mark Chen")};
    const QStringList credentials = {QString(), QStringLiteral("RN"), QStringLiteral("PharmD"), QStringLiteral("MD")};
    int i = 0;
    for (const Account &a : accounts()) {
        auto u = Users::add(db, a.name, *roleFromName(a.role), a.password, names[i], credentials[i], admin ? &*admin : nullptr);
        ++i;
        if (!u)
            return Error{u.error()};
        if (!admin)
            admin = u.value();
        if (a.role == QLatin1String("intake-nurse"))
            nurse = u.value();
    }

    const qint64 shift = kExampleDate.daysTo(QDate::currentDate());
    const QVector<DemoCase> cases = {
        {"hg-01-complete", "Elias Moreno", "M10004417", 30, {}},
        {"hg-01-complete", "Tomas Lindqvist", "M10004982", 50,
         [](CaseFacts &f) { setLab(f, "alt", 96, 6, 40); }}, // ALT above 2 × ULN
        {"hg-01-complete", "Darnell Price", "M10005120", 8,
         [](CaseFacts &f) { setLab(f, "fix-inhibitor", 0, 45); }}, // inhibitor test too old
        {"ro-01-complete", "Samuel Osei", "M10003391", 70, {}},
        {"ro-01-complete", "Victor Hale", "M10003702", 20,
         [](CaseFacts &f) { f.attestations.remove(QStringLiteral("prior-gene-therapy")); }},
        {"sf-01-hemA-inhibitor-12bu", "Jonah Whitaker", "M10007735", 40, {}},
        {"sf-01-hemA-inhibitor-12bu", "Leo Brandt", "M10007811", 5,
         [](CaseFacts &f) {
             const QDate born = QDate::currentDate().addYears(-10);
             f.birthDate = {born, born, QStringLiteral("demo data")};
         }},
        {"sf-01-hemA-inhibitor-12bu", "Marcus Bell", "M10007950", 2,
         [](CaseFacts &f) { f.lineOfBusiness = {QStringLiteral("medicaid"), {}, QStringLiteral("demo data")}; f.diagnoses.first().code = QStringLiteral("D68.311"); }},
        {"ns-01-acquired", "Harold Kim", "M10008102", 12, {}},
        {"ns-01-acquired", "Grace Adeyemi", "M10008233", 1,
         [](CaseFacts &f) {
             f.diagnoses.first().code = QStringLiteral("D69.1");
             f.lineOfBusiness = {QStringLiteral("medicaid"), {}, QStringLiteral("demo data")};
             attest(f, "refractory-to-platelet-transfusions", true);
         }},
    };
    int created = 0;
    for (const DemoCase &c : cases) {
        QFile file(QStringLiteral(":/demo/%1.json").arg(QLatin1String(c.bundle)));
        if (!file.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("demo bundle %1 is missing from the program").arg(QLatin1String(c.bundle))};
        auto facts = FhirImporter::import(file.readAll(), kExampleDate);
        if (!facts)
            return Error{QStringLiteral("demo bundle %1: %2").arg(QLatin1String(c.bundle), facts.error())};
        CaseFacts f = std::move(facts).value();
        shiftDates(f, shift, c.hoursAgo);
        // Each member's payer has a policy for the drug (resources/catalog/payers.json);
        // Darnell Price keeps the bundle's "Any Health Plan", which the payer
        // table does not know: every Hemgenix policy applies and the reviewer chooses.
        static const QHash<QString, QString> payers = {
            {QStringLiteral("M10004417"), QStringLiteral("Cigna Healthcare")},
            {QStringLiteral("M10004982"), QStringLiteral("Ambetter from Centene")},
            {QStringLiteral("M10003391"), QStringLiteral("Empire Plan")},
            {QStringLiteral("M10003702"), QStringLiteral("Empire Plan")},
            {QStringLiteral("M10007735"), QStringLiteral("Cigna Healthcare")},
            {QStringLiteral("M10007811"), QStringLiteral("Ambetter from Centene")},
            {QStringLiteral("M10007950"), QStringLiteral("Superior HealthPlan (Centene)")},
            {QStringLiteral("M10008102"), QStringLiteral("Ambetter from Centene")},
            {QStringLiteral("M10008233"), QStringLiteral("Superior HealthPlan (Centene)")},
        };
        if (payers.contains(QLatin1String(c.memberId)))
            f.payer = {payers.value(QLatin1String(c.memberId)), {}, QStringLiteral("demo data")};
        f.memberName = {QString::fromLatin1(c.member), {}, QStringLiteral("demo data")};
        f.memberId = {QString::fromLatin1(c.memberId), {}, QStringLiteral("demo data")};
        if (c.change)
            c.change(f);
        // The case-level values of a demo case are made up: say so where they are shown.
        const QString demo = QStringLiteral("demo data");
        for (Sourced<QString> *s : {&f.sexAtBirth, &f.plan, &f.lineOfBusiness, &f.prescriberName, &f.prescriberNpi, &f.drug})
            s->source = demo;
        for (Sourced<double> *s : {&f.dosePerKg, &f.doseIntervalHours, &f.quantityMcg, &f.supplyDays})
            s->source = demo;
        f.birthDate.source = f.prescriberAtHtc.source = f.prescriberTaxonomySource = demo;
        if (auto type = f.attestations.find(QStringLiteral("request-type")); type != f.attestations.end())
            type->source = demo;
        auto id = CaseStore::create(db, f, *nurse);
        if (!id)
            return Error{id.error()};
        ++created;
    }
    return created;
}

Status DemoData::advance(Database &db, const PolicyLibrary &library)
{
    auto person = [&db](const char *name) { return Users::byName(db, QString::fromLatin1(name)); };
    auto admin = person("admin"), nurse = person("nurse"), reviewer = person("reviewer");
    if (!admin || !nurse || !reviewer)
        return Error{QStringLiteral("the demo accounts are missing: run populate on an empty store first")};
    auto caseOf = [&db](const char *memberId) -> Result<qint64> {
        auto q = db.exec(QStringLiteral("SELECT id, status FROM cases WHERE member_id = :m"), {{QStringLiteral("m"), QString::fromLatin1(memberId)}});
        if (!q)
            return Error{q.error()};
        if (!q->next())
            return Error{QStringLiteral("demo case of member %1 is missing").arg(QLatin1String(memberId))};
        if (q->value(1).toString() != QLatin1String("intake"))
            return Error{QStringLiteral("demo case of member %1 has moved on already").arg(QLatin1String(memberId))};
        return q->value(0).toLongLong();
    };
    auto step = [](const Status &s, const char *memberId) -> Status {
        if (!s)
            return Error{QStringLiteral("demo case of member %1: %2").arg(QLatin1String(memberId), s.error())};
        return success();
    };
    // The nurse submits; some go to the reviewer straight away.
    struct Move
    {
        const char *memberId;
        bool assign;
    };
    for (const Move &m : {Move{"M10004417", true}, Move{"M10008102", true}, Move{"M10007735", false}, Move{"M10004982", true},
                          Move{"M10003391", true}}) {
        auto id = caseOf(m.memberId);
        if (!id)
            return Error{id.error()};
        if (auto s = step(Review::submitForReview(db, id.value(), nurse.value()), m.memberId); !s)
            return s;
        if (m.assign)
            if (auto s = step(Assignment::assign(db, id.value(), reviewer->id, admin.value()), m.memberId); !s)
                return s;
    }
    // Tomas Lindqvist's ALT is too high: the reviewer asks the medical director.
    auto tomas = db.exec(QStringLiteral("SELECT id FROM cases WHERE member_id = 'M10004982'"));
    if (!tomas || !tomas->next())
        return Error{QStringLiteral("demo case of member M10004982 is missing")};
    if (auto s = step(Review::sendToMedicalDirector(db, tomas->value(0).toLongLong(),
                                                    QStringLiteral("ALT above twice the upper limit: please decide"), reviewer.value()),
                      "M10004982");
        !s)
        return s;
    // Samuel Osei's Roctavian request meets PHARMACY-109: approved, its letter issued.
    auto samuel = db.exec(QStringLiteral("SELECT id FROM cases WHERE member_id = 'M10003391'"));
    if (!samuel || !samuel->next())
        return Error{QStringLiteral("demo case of member M10003391 is missing")};
    const qint64 samuelId = samuel->value(0).toLongLong();
    auto draft = DecisionDrafts::prepare(db, library, samuelId, QStringLiteral("approve"), QString(), reviewer.value());
    if (!draft)
        return Error{QStringLiteral("demo case of member M10003391: %1").arg(draft.error())};
    if (auto d = Review::determine(db, samuelId, draft->input, reviewer.value()); !d)
        return Error{QStringLiteral("demo case of member M10003391: %1").arg(d.error())};
    if (auto l = Letters::issue(db, library, samuelId, {}, reviewer.value()); !l)
        return Error{QStringLiteral("demo case of member M10003391: %1").arg(l.error())};
    return success();
}

} // namespace pareview
