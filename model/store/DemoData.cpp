#include "store/DemoData.h"

#include "catalog/Catalog.h"
#include "intake/FhirImporter.h"
#include "json/StrictJson.h"
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

void setLab(CaseFacts &f, const QString &lab, double value, int daysBeforeToday, std::optional<double> uln = std::nullopt)
{
    auto &series = f.labs[lab];
    Measurement m = series.isEmpty() ? Measurement{} : series.last();
    m.value = value;
    m.text.clear();
    m.date = QDate::currentDate().addDays(-daysBeforeToday);
    if (uln)
        m.upperLimit = uln;
    m.source = QStringLiteral("demo data");
    series = {m};
}

void attest(CaseFacts &f, const QString &item, const QVariant &v)
{
    f.attestations.insert(item, {v, QDate::currentDate().addDays(-3), QStringLiteral("demo data")});
}

QString text(const json::Value &object, const char *key)
{
    const json::Value *v = object.find(QLatin1String(key));
    return v && v->isString() ? v->toString() : QString();
}

// What a demo case changes in its bundle's facts to show something (a lab out
// of range, an attestation missing): resources/demo/cases/cases.json, so the
// demo names no lab or attestation item of its own.
void change(CaseFacts &f, const json::Value &c)
{
    if (const json::Value *labs = c.find(QLatin1String("labs")))
        for (int i = 0; i < labs->size(); ++i) {
            const json::Value &l = labs->at(i);
            auto number = [&](const char *key) {
                const json::Value *v = l.find(QLatin1String(key));
                return v && v->isNumber() ? std::optional<double>(v->toDouble()) : std::nullopt;
            };
            setLab(f, text(l, "lab"), number("value").value_or(0), int(number("daysAgo").value_or(0)), number("upperLimit"));
        }
    if (const json::Value *items = c.find(QLatin1String("withoutAttestations")))
        for (int i = 0; i < items->size(); ++i)
            f.attestations.remove(items->at(i).toString());
    if (const json::Value *years = c.find(QLatin1String("ageYears"))) {
        const QDate born = QDate::currentDate().addYears(-int(years->toDouble()));
        f.birthDate = {born, born, QStringLiteral("demo data")};
    }
    if (!text(c, "lineOfBusiness").isEmpty())
        f.lineOfBusiness = {text(c, "lineOfBusiness"), {}, QStringLiteral("demo data")};
    if (!text(c, "diagnosis").isEmpty())
        f.diagnoses.first().code = text(c, "diagnosis");
    if (const json::Value *answers = c.find(QLatin1String("attestations")))
        for (const auto &a : answers->members())
            attest(f, a.first.toString(), a.second->isBool() ? QVariant(a.second->toBool()) : QVariant(a.second->toString()));
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
    QFile casesFile(QStringLiteral(":/demo/cases/cases.json"));
    if (!casesFile.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("the demo cases are missing from the program")};
    auto parsed = json::parse(casesFile.readAll());
    if (!parsed)
        return Error{QStringLiteral("the demo cases: %1").arg(parsed.error())};
    const json::Value *cases = parsed.value()->find(QLatin1String("cases"));
    if (!cases || !cases->isArray())
        return Error{QStringLiteral("the demo cases list no cases")};
    int created = 0;
    for (int n = 0; n < cases->size(); ++n) {
        const json::Value &c = cases->at(n);
        const QString bundle = text(c, "bundle");
        QFile file(QStringLiteral(":/demo/%1.json").arg(bundle));
        if (!file.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("demo bundle %1 is missing from the program").arg(bundle)};
        auto facts = FhirImporter::import(file.readAll(), kExampleDate);
        if (!facts)
            return Error{QStringLiteral("demo bundle %1: %2").arg(bundle, facts.error())};
        CaseFacts f = std::move(facts).value();
        const json::Value *hoursAgo = c.find(QLatin1String("hoursAgo"));
        shiftDates(f, shift, hoursAgo ? qint64(hoursAgo->toDouble()) : 0);
        // Each member's payer has a policy for the drug (resources/catalog/payers.json);
        // a case without one keeps the bundle's payer.
        if (!text(c, "payer").isEmpty())
            f.payer = {text(c, "payer"), {}, QStringLiteral("demo data")};
        f.memberName = {text(c, "member"), {}, QStringLiteral("demo data")};
        f.memberId = {text(c, "memberId"), {}, QStringLiteral("demo data")};
        change(f, c);
        // The case-level values of a demo case are made up: say so where they are shown.
        const QString demo = QStringLiteral("demo data");
        for (Sourced<QString> *s : {&f.sexAtBirth, &f.plan, &f.lineOfBusiness, &f.prescriberName, &f.prescriberNpi, &f.drug})
            s->source = demo;
        for (Sourced<double> *s : {&f.dosePerKg, &f.doseIntervalHours, &f.quantityMcg, &f.supplyDays})
            s->source = demo;
        f.birthDate.source = f.prescriberAtHtc.source = f.prescriberTaxonomySource = demo;
        const QString requestType = Catalog::current().requestFieldId(AttestationItem::RequestRole::Type);
        if (auto type = f.attestations.find(requestType); type != f.attestations.end())
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
