#include "policy/PolicyLoader.h"

#include "catalog/Catalog.h"
#include "intake/FactValidator.h"
#include "intake/LabCatalog.h"
#include "json/StrictJson.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <climits>
#include <cmath>
#include <functional>

namespace pareview {
namespace {

using json::Value;

const QStringList kOperators = {QStringLiteral("<"), QStringLiteral("<="), QStringLiteral(">"),
                                QStringLiteral(">="), QStringLiteral("=="), QStringLiteral("!=")};
// What a policy may name comes from the current catalog (catalog/Catalog.h):
// here the codes of the request field with this role.
QStringList codesOf(AttestationItem::RequestRole role)
{
    const AttestationItem *a = Catalog::current().requestField(role);
    return a ? a->allowedCodes() : QStringList();
}

// Walks the JSON tree, building the Policy and collecting every error with
// its position. A missing or wrong-typed key is an error; unknown keys are
// errors too, since a misspelt key would otherwise be silently ignored.
class Checker
{
public:
    QStringList errors;

    void error(const Value *at, const QString &message)
    {
        errors << QStringLiteral("%1:%2: %3").arg(at ? at->line() : 1).arg(at ? at->column() : 1).arg(message);
    }

    void allowOnly(const Value &object, const QStringList &keys, const QString &what)
    {
        for (const auto &m : object.members())
            if (const QString name = m.first.toString(); !keys.contains(name))
                error(m.second.get(), QStringLiteral("unknown key \"%1\" in %2 (allowed: %3)")
                                          .arg(name, what, keys.join(QStringLiteral(", "))));
    }

    const Value *get(const Value &object, const char *key, Value::Type type, bool required, const QString &what)
    {
        const Value *v = object.find(QLatin1String(key));
        if (!v) {
            if (required)
                error(&object, QStringLiteral("%1 needs \"%2\"").arg(what, QLatin1String(key)));
            return nullptr;
        }
        if (v->type() != type) {
            error(v, QStringLiteral("\"%1\" in %2 must be %3, not %4")
                         .arg(QLatin1String(key), what, Value::typeName(type), Value::typeName(v->type())));
            return nullptr;
        }
        return v;
    }

    QString string(const Value &object, const char *key, bool required, const QString &what)
    {
        const Value *v = get(object, key, Value::Type::String, required, what);
        if (v && required && v->toString().trimmed().isEmpty())
            error(v, QStringLiteral("\"%1\" in %2 is empty").arg(QLatin1String(key), what));
        return v ? v->toString() : QString();
    }

    QStringList stringList(const Value &object, const char *key, bool required, const QString &what,
                           const QStringList &allowed = {})
    {
        QStringList out;
        const Value *v = get(object, key, Value::Type::Array, required, what);
        if (!v)
            return out;
        if (required && v->size() == 0)
            error(v, QStringLiteral("\"%1\" in %2 is empty").arg(QLatin1String(key), what));
        for (int i = 0; i < v->size(); ++i) {
            const Value &item = v->at(i);
            if (!item.isString()) {
                error(&item, QStringLiteral("\"%1\" in %2 must hold strings").arg(QLatin1String(key), what));
                continue;
            }
            if (!allowed.isEmpty() && !allowed.contains(item.toString()))
                error(&item, QStringLiteral("\"%1\" is not one of %2").arg(item.toString(), allowed.join(QStringLiteral(", "))));
            out << item.toString();
        }
        return out;
    }

    std::optional<double> number(const Value &object, const char *key, bool required, const QString &what)
    {
        const Value *v = get(object, key, Value::Type::Number, required, what);
        if (!v)
            return std::nullopt;
        return v->toDouble();
    }

    // Days, kilograms and vials are held in an int. Casting a double beyond
    // int's range is undefined behaviour (UBSan under the fuzzer), and 27.5
    // days would silently become 27: such a value is an error, not a cast.
    std::optional<int> integer(const Value &object, const char *key, bool required, const QString &what)
    {
        const auto v = number(object, key, required, what);
        if (!v)
            return std::nullopt;
        if (*v != std::floor(*v) || *v < 0 || *v > double(INT_MAX)) {
            const Value *at = object.find(QLatin1String(key));
            error(at, QStringLiteral("\"%1\" in %2 must be a whole number from 0 to %3, not %4")
                          .arg(QLatin1String(key), what, QString::number(INT_MAX), at->numberText()));
            return std::nullopt;
        }
        return int(*v);
    }

    bool boolean(const Value &object, const char *key, const QString &what)
    {
        const Value *v = get(object, key, Value::Type::Bool, false, what);
        return v && v->toBool();
    }

    QDate date(const Value &object, const char *key, const QString &what)
    {
        const QString text = string(object, key, true, what);
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && (!d.isValid() || text.size() != 10))
            error(object.find(QLatin1String(key)),
                  QStringLiteral("\"%1\" is not a date (YYYY-MM-DD)").arg(text));
        return d;
    }

    Window window(const Value &object, const char *key, const QString &what)
    {
        const QString text = string(object, key, false, what);
        if (text.isEmpty())
            return {};
        const auto w = Window::parse(text);
        if (!w) {
            error(object.find(QLatin1String(key)),
                  QStringLiteral("window \"%1\" is not \"N days\", \"N weeks\" or \"N months\"").arg(text));
            return {};
        }
        return *w;
    }

    // ---- rules -------------------------------------------------------------------

    std::optional<Rule> rule(const Value *v, const QString &where)
    {
        if (!v)
            return std::nullopt;
        if (!v->isObject()) {
            error(v, QStringLiteral("rule in %1 must be an object").arg(where));
            return std::nullopt;
        }
        const QString kindName = string(*v, "kind", true, QStringLiteral("a rule"));
        const auto kind = Rule::kindFromName(kindName);
        if (!kind) {
            if (!kindName.isEmpty())
                error(v->find(u"kind"), QStringLiteral("unknown rule kind \"%1\"").arg(kindName));
            return std::nullopt;
        }
        Rule r;
        r.kind = *kind;
        r.line = v->line();
        if (const SpecialRule *special = Catalog::current().specialRule(kindName))
            r.special = *special;
        const QString what = QStringLiteral("rule \"%1\"").arg(kindName);
        using K = Rule::Kind;
        auto operatorAndValue = [&](bool valueRequired) {
            r.op = string(*v, "op", valueRequired, what);
            if (!r.op.isEmpty() && !kOperators.contains(r.op))
                error(v->find(u"op"), QStringLiteral("operator \"%1\" is not one of %2").arg(r.op, kOperators.join(QStringLiteral(" "))));
            r.value = number(*v, "value", valueRequired, what);
        };
        switch (r.kind) {
        case K::All:
        case K::Any: {
            allowOnly(*v, {QStringLiteral("kind"), QStringLiteral("rules")}, what);
            const Value *list = get(*v, "rules", Value::Type::Array, true, what);
            if (list) {
                if (list->size() == 0)
                    error(list, QStringLiteral("\"rules\" of %1 is empty").arg(what));
                for (int i = 0; i < list->size(); ++i)
                    if (auto child = rule(&list->at(i), what))
                        r.rules.append(*child);
            }
            break;
        }
        case K::Not: {
            allowOnly(*v, {QStringLiteral("kind"), QStringLiteral("rule")}, what);
            if (auto child = rule(get(*v, "rule", Value::Type::Object, true, what), what))
                r.rules.append(*child);
            break;
        }
        case K::Always:
        case K::Never:
            allowOnly(*v, {QStringLiteral("kind"), QStringLiteral("reason")}, what);
            r.reason = string(*v, "reason", true, what);
            break;
        case K::Age:
            allowOnly(*v, {QStringLiteral("kind"), QStringLiteral("op"), QStringLiteral("value")}, what);
            operatorAndValue(true);
            break;
        case K::SexAtBirth: {
            allowOnly(*v, {QStringLiteral("kind"), QStringLiteral("equals")}, what);
            const QString sex = string(*v, "equals", true, what);
            if (!sex.isEmpty() && sex != QLatin1String("male") && sex != QLatin1String("female"))
                error(v->find(u"equals"), QStringLiteral("sex at birth must be \"male\" or \"female\""));
            r.equals = sex;
            break;
        }
        case K::Diagnosis:
            allowOnly(*v, {QStringLiteral("kind"), QStringLiteral("codes"), QStringLiteral("concept")}, what);
            if (v->find(u"concept")) {
                // A concept of the catalog stands for its code set.
                if (v->find(u"codes"))
                    error(v->find(u"codes"), QStringLiteral("a diagnosis rule takes \"concept\" or \"codes\", not both"));
                const QString concept = string(*v, "concept", true, what);
                if (const DiagnosisConcept *c = Catalog::current().diagnosis(concept))
                    r.list = c->codes;
                else if (!concept.isEmpty())
                    error(v->find(u"concept"), QStringLiteral("unknown diagnosis concept \"%1\" (the catalog has %2)")
                                                   .arg(concept, Catalog::current().diagnosisIds().join(QStringLiteral(", "))));
            } else {
                r.list = stringList(*v, "codes", true, what);
            }
            break;
        case K::Drug:
            allowOnly(*v, {QStringLiteral("kind"), QStringLiteral("in")}, what);
            r.list = stringList(*v, "in", true, what, Catalog::current().drugIds());
            break;
        case K::RequestType:
            allowOnly(*v, {QStringLiteral("kind"), QStringLiteral("in")}, what);
            r.list = stringList(*v, "in", true, what, codesOf(AttestationItem::RequestRole::Type));
            break;
        case K::RequestUse:
            allowOnly(*v, {QStringLiteral("kind"), QStringLiteral("in")}, what);
            r.list = stringList(*v, "in", true, what, codesOf(AttestationItem::RequestRole::Use));
            break;
        case K::Attestation: {
            allowOnly(*v, {QStringLiteral("kind"), QStringLiteral("item"), QStringLiteral("equals"),
                           QStringLiteral("op"), QStringLiteral("value"), QStringLiteral("within")},
                      what);
            r.name = string(*v, "item", true, what);
            r.within = window(*v, "within", what);
            if (!r.name.isEmpty() && !Catalog::current().attestation(r.name))
                error(v->find(u"item"), QStringLiteral("unknown attestation item \"%1\"").arg(r.name));
            const Value *eq = v->find(u"equals");
            if (eq) {
                if (eq->isBool())
                    r.equals = eq->toBool();
                else if (eq->isString())
                    r.equals = eq->toString();
                else
                    error(eq, QStringLiteral("\"equals\" must be true, false or a code"));
            } else {
                operatorAndValue(true);
            }
            break;
        }
        case K::Lab: {
            allowOnly(*v, {QStringLiteral("kind"), QStringLiteral("lab"), QStringLiteral("present"),
                           QStringLiteral("op"), QStringLiteral("value"), QStringLiteral("ulnMultiple"),
                           QStringLiteral("unit"), QStringLiteral("within"), QStringLiteral("select")},
                      what);
            r.name = string(*v, "lab", true, what);
            if (!r.name.isEmpty() && !LabCatalog::byName(r.name))
                error(v->find(u"lab"), QStringLiteral("unknown lab \"%1\"").arg(r.name));
            r.present = boolean(*v, "present", what);
            r.unit = string(*v, "unit", false, what);
            r.within = window(*v, "within", what);
            const QString select = string(*v, "select", false, what);
            if (select == QLatin1String("lowest"))
                r.select = Rule::Select::Lowest;
            else if (!select.isEmpty() && select != QLatin1String("latest"))
                error(v->find(u"select"), QStringLiteral("\"select\" must be \"latest\" or \"lowest\", not \"%1\"").arg(select));
            r.ulnMultiple = number(*v, "ulnMultiple", false, what);
            if (!r.present) {
                r.op = string(*v, "op", true, what);
                if (!r.op.isEmpty() && !kOperators.contains(r.op))
                    error(v->find(u"op"), QStringLiteral("operator \"%1\" is not one of %2").arg(r.op, kOperators.join(QStringLiteral(" "))));
                r.value = number(*v, "value", false, what);
                if (r.value.has_value() == r.ulnMultiple.has_value())
                    error(v, QStringLiteral("a lab comparison needs exactly one of \"value\" and \"ulnMultiple\""));
            }
            break;
        }
        case K::CurrentWeight:
        case K::KitAvailable:
            allowOnly(*v, {QStringLiteral("kind")}, what);
            break;
        case K::Prescriber:
            allowOnly(*v, {QStringLiteral("kind"), QStringLiteral("is")}, what);
            r.name = string(*v, "is", true, what);
            // Each "is" is a logic over taxonomies and attestations, with its items from the catalog.
            if (const SpecialRule *special = Catalog::current().specialRule(kindName, r.name))
                r.special = *special;
            else if (!r.name.isEmpty())
                error(v->find(u"is"), QStringLiteral("prescriber \"%1\" is not one of %2").arg(r.name, Catalog::current().prescriberRuleIds().join(QStringLiteral(", "))));
            break;
        case K::InhibitorPresent:
        case K::RefutableInhibitorHistory:
        case K::InhibitorRetest: {
            allowOnly(*v, {QStringLiteral("kind"), QStringLiteral("factor"), QStringLiteral("expect"),
                           QStringLiteral("refutedWithinDays"), QStringLiteral("withinDays")},
                      what);
            r.name = string(*v, "factor", true, what);
            if (!r.name.isEmpty() && r.name != QLatin1String("viii") && r.name != QLatin1String("ix"))
                error(v->find(u"factor"), QStringLiteral("factor must be \"viii\" or \"ix\""));
            if (r.kind == K::RefutableInhibitorHistory) {
                if (const Value *e = get(*v, "expect", Value::Type::Bool, true, what))
                    r.expect = e->toBool();
                r.days = integer(*v, "refutedWithinDays", false, what).value_or(0);
            }
            if (r.kind == K::InhibitorRetest)
                r.days = integer(*v, "withinDays", true, what).value_or(0);
            break;
        }
        case K::AntibodyTiter: {
            allowOnly(*v, {QStringLiteral("kind"), QStringLiteral("maxTiter"), QStringLiteral("detected"),
                           QStringLiteral("screened")},
                      what);
            r.maxTiter = number(*v, "maxTiter", false, what);
            if (const Value *d = get(*v, "detected", Value::Type::Bool, false, what))
                r.detected = d->toBool();
            r.screened = boolean(*v, "screened", what);
            if (int(r.maxTiter.has_value()) + int(r.detected.has_value()) + int(r.screened) != 1)
                error(v, QStringLiteral("%1 needs exactly one of \"maxTiter\", \"detected\", \"screened\"").arg(kindName));
            break;
        }
        case K::LowCountOrAttested:
        case K::AdvancedFibrosis:
        case K::OtherDisorderInConcept: {
            allowOnly(*v, {QStringLiteral("kind"), QStringLiteral("expect"), QStringLiteral("within"),
                           QStringLiteral("besides"), QStringLiteral("definedByMeasurement")},
                      what);
            if (const Value *e = get(*v, "expect", Value::Type::Bool, true, what))
                r.expect = e->toBool();
            r.within = window(*v, "within", what);
            r.definedByMeasurement = boolean(*v, "definedByMeasurement", what);
            if (r.definedByMeasurement && r.kind != K::AdvancedFibrosis) {
                // Named as policies write it: the kind the catalog runs with that logic.
                const SpecialRule *fibrosis = Catalog::current().specialRuleByLogic(QStringLiteral("advanced-fibrosis"));
                error(v->find(u"definedByMeasurement"), QStringLiteral("\"definedByMeasurement\" applies to %1 only")
                                                            .arg(fibrosis ? fibrosis->kind : QStringLiteral("advanced-fibrosis")));
            }
            if (r.kind == K::OtherDisorderInConcept)
                r.list = stringList(*v, "besides", true, what);
            break;
        }
        case K::NormalElastography:
            allowOnly(*v, {QStringLiteral("kind"), QStringLiteral("within")}, what);
            r.within = window(*v, "within", what);
            break;
        case K::PastLiverAbnormality: {
            allowOnly(*v, {QStringLiteral("kind"), QStringLiteral("elevatedEnzymeResults")}, what);
            r.minCount = integer(*v, "elevatedEnzymeResults", true, what).value_or(0);
            if (r.minCount < 1 && v->find(u"elevatedEnzymeResults"))
                error(v->find(u"elevatedEnzymeResults"), QStringLiteral("\"elevatedEnzymeResults\" must be at least 1"));
            break;
        }
        case K::If: {
            allowOnly(*v, {QStringLiteral("kind"), QStringLiteral("condition"), QStringLiteral("then"),
                           QStringLiteral("reason")},
                      what);
            auto condition = rule(get(*v, "condition", Value::Type::Object, true, what), what);
            auto then = rule(get(*v, "then", Value::Type::Object, true, what), what);
            if (condition && then)
                r.rules = {*condition, *then};
            r.reason = string(*v, "reason", false, what);
            break;
        }
        case K::Dose: {
            allowOnly(*v, {QStringLiteral("kind"), QStringLiteral("maxPerKg"), QStringLiteral("maxDose"), QStringLiteral("unit"),
                           QStringLiteral("minIntervalHours"), QStringLiteral("maxPerPeriod"), QStringLiteral("period"),
                           QStringLiteral("forWeight")},
                      what);
            r.unit = string(*v, "unit", true, what);
            if (!r.unit.isEmpty() && !FactValidator::doseUnits().contains(r.unit))
                error(v->find(u"unit"), QStringLiteral("dose unit must be \"mcg/kg\" or \"{genome_copies}/kg\" (per kg) or \"mg\" (a flat dose)"));
            const bool perKg = FactValidator::perKg(r.unit);
            // A limit per dose is per kg for a per-kg unit and flat for a flat one: the key says which.
            r.maxPerKg = number(*v, "maxPerKg", false, what);
            r.maxDose = number(*v, "maxDose", false, what);
            r.maxPerPeriod = number(*v, "maxPerPeriod", false, what);
            r.period = window(*v, "period", what);
            if (r.maxPerKg && !perKg && !r.unit.isEmpty())
                error(v->find(u"maxPerKg"), QStringLiteral("\"maxPerKg\" needs a per-kg unit; a flat dose in \"%1\" takes \"maxDose\"").arg(r.unit));
            if (r.maxDose && perKg)
                error(v->find(u"maxDose"), QStringLiteral("\"maxDose\" is a flat limit; a dose in \"%1\" takes \"maxPerKg\"").arg(r.unit));
            if (!r.maxPerKg && !r.maxDose && !r.maxPerPeriod)
                error(v, QStringLiteral("%1 needs a limit: \"%2\" or \"maxPerPeriod\"").arg(what, perKg ? QStringLiteral("maxPerKg") : QStringLiteral("maxDose")));
            if (r.maxPerPeriod.has_value() != r.period.isSet())
                error(v, QStringLiteral("\"maxPerPeriod\" and \"period\" go together (\"maxPerPeriod\": 300, \"period\": \"1 week\")"));
            for (const auto &limit : {r.maxPerKg, r.maxDose, r.maxPerPeriod})
                if (limit && !(*limit > 0))
                    error(v, QStringLiteral("the limits of %1 must be positive").arg(what));
            r.minIntervalHours = number(*v, "minIntervalHours", false, what);
            if (const Value *w = get(*v, "forWeight", Value::Type::Object, false, what)) {
                const QString inner = QStringLiteral("\"forWeight\" of %1").arg(what);
                allowOnly(*w, {QStringLiteral("op"), QStringLiteral("value")}, inner);
                r.weightOp = string(*w, "op", true, inner);
                if (!r.weightOp.isEmpty() && !kOperators.contains(r.weightOp))
                    error(w->find(u"op"), QStringLiteral("operator \"%1\" is not one of %2").arg(r.weightOp, kOperators.join(QStringLiteral(" "))));
                r.weightKg = number(*w, "value", true, inner);
            }
            break;
        }
        }
        return r;
    }

    // ---- criteria ------------------------------------------------------------------

    // `dottedLabel`: not-covered conditions may carry a full label such as
    // "Hemgenix.7" (the criterion that makes the use investigational).
    std::optional<Criterion> criterion(const Value &v, const QString &parentLabel, QSet<QString> &seen,
                                       bool dottedLabel = false)
    {
        if (!v.isObject()) {
            error(&v, QStringLiteral("a criterion must be an object"));
            return std::nullopt;
        }
        Criterion c;
        c.line = v.line();
        c.label = string(v, "label", true, QStringLiteral("a criterion"));
        c.fullLabel = parentLabel.isEmpty() ? c.label : parentLabel + QLatin1Char('.') + c.label;
        const QString what = QStringLiteral("criterion %1").arg(c.fullLabel);
        allowOnly(v, {QStringLiteral("label"), QStringLiteral("text"), QStringLiteral("logic"),
                      QStringLiteral("documentation"), QStringLiteral("appliesWhen"), QStringLiteral("rule"),
                      QStringLiteral("children")},
                  what);
        if (!dottedLabel && c.label.contains(QLatin1Char('.')))
            error(v.find(u"label"), QStringLiteral("label \"%1\" must be one level (no dots)").arg(c.label));
        if (seen.contains(c.fullLabel))
            error(&v, QStringLiteral("label %1 is used twice").arg(c.fullLabel));
        seen.insert(c.fullLabel);
        c.text = string(v, "text", true, what);
        c.documentation = boolean(v, "documentation", what);
        c.appliesWhen = rule(get(v, "appliesWhen", Value::Type::Object, false, what), what);
        c.rule = rule(get(v, "rule", Value::Type::Object, false, what), what);
        const QString logic = string(v, "logic", false, what);
        const Value *children = get(v, "children", Value::Type::Array, false, what);
        if (children) {
            if (logic == QLatin1String("all"))
                c.logic = Criterion::Logic::All;
            else if (logic == QLatin1String("one"))
                c.logic = Criterion::Logic::One;
            else
                error(v.find(u"logic") ? v.find(u"logic") : &v,
                      QStringLiteral("%1 has children and needs \"logic\": \"all\" or \"one\"").arg(what));
            if (children->size() == 0)
                error(children, QStringLiteral("%1 has an empty \"children\" list").arg(what));
            for (int i = 0; i < children->size(); ++i)
                if (auto child = criterion(children->at(i), c.fullLabel, seen))
                    c.children.append(*child);
        } else if (!logic.isEmpty()) {
            error(v.find(u"logic"), QStringLiteral("%1 has \"logic\" but no children").arg(what));
        }
        return c;
    }

    std::optional<Approval> approval(const Value *v, const QString &what)
    {
        if (!v || v->isNull())
            return std::nullopt;
        if (!v->isObject()) {
            error(v, QStringLiteral("\"approval\" of %1 must be an object or null").arg(what));
            return std::nullopt;
        }
        Approval a;
        const QString w = QStringLiteral("the approval of %1").arg(what);
        allowOnly(*v, {QStringLiteral("duration"), QStringLiteral("oneTime"), QStringLiteral("text"),
                       QStringLiteral("quantity")},
                  w);
        const QString duration = string(*v, "duration", true, w);
        if (!duration.isEmpty()) {
            if (auto d = Window::parse(duration))
                a.duration = *d;
            else
                error(v->find(u"duration"), QStringLiteral("duration \"%1\" is not \"N days\" or \"N months\"").arg(duration));
        }
        a.oneTime = boolean(*v, "oneTime", w);
        a.text = string(*v, "text", false, w);
        if (const Value *q = get(*v, "quantity", Value::Type::Object, false, w)) {
            const QString kind = string(*q, "kind", true, QStringLiteral("a quantity"));
            if (kind == QLatin1String("per-kg-per-period")) {
                allowOnly(*q, {QStringLiteral("kind"), QStringLiteral("amountPerKg"), QStringLiteral("unit"),
                               QStringLiteral("periodDays")},
                          QStringLiteral("a quantity"));
                a.quantityKind = Approval::QuantityKind::PerKgPerPeriod;
                a.amountPerKg = number(*q, "amountPerKg", true, QStringLiteral("a quantity")).value_or(0);
                a.quantityUnit = string(*q, "unit", true, QStringLiteral("a quantity"));
                a.periodDays = integer(*q, "periodDays", true, QStringLiteral("a quantity")).value_or(0);
                if (a.amountPerKg <= 0 || a.periodDays <= 0)
                    error(q, QStringLiteral("amountPerKg and periodDays must be positive"));
            } else if (kind == QLatin1String("as-requested")) {
                allowOnly(*q, {QStringLiteral("kind"), QStringLiteral("periodDays")}, QStringLiteral("a quantity"));
                a.quantityKind = Approval::QuantityKind::AsRequested;
                a.periodDays = integer(*q, "periodDays", true, QStringLiteral("a quantity")).value_or(0);
                if (a.periodDays <= 0)
                    error(q, QStringLiteral("periodDays must be positive"));
            } else if (kind == QLatin1String("kit-table")) {
                allowOnly(*q, {QStringLiteral("kind")}, QStringLiteral("a quantity"));
                a.quantityKind = Approval::QuantityKind::KitTable;
            } else if (kind == QLatin1String("text")) {
                allowOnly(*q, {QStringLiteral("kind"), QStringLiteral("text")}, QStringLiteral("a quantity"));
                a.quantityKind = Approval::QuantityKind::Text;
                a.quantityText = string(*q, "text", true, QStringLiteral("a quantity"));
            } else if (!kind.isEmpty()) {
                error(q->find(u"kind"), QStringLiteral("quantity kind \"%1\" is not per-kg-per-period, kit-table or text, nor as-requested").arg(kind));
            }
        }
        return a;
    }

    std::optional<Pathway> pathway(const Value &v, QSet<QString> &seen)
    {
        if (!v.isObject()) {
            error(&v, QStringLiteral("a pathway must be an object"));
            return std::nullopt;
        }
        Pathway p;
        p.line = v.line();
        p.id = string(v, "id", true, QStringLiteral("a pathway"));
        const QString what = QStringLiteral("pathway %1").arg(p.id);
        allowOnly(v, {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("requestTypes"),
                      QStringLiteral("appliesWhen"), QStringLiteral("checkedWhen"), QStringLiteral("fallback"),
                      QStringLiteral("logic"), QStringLiteral("approval"), QStringLiteral("criteria")},
                  what);
        if (seen.contains(p.id))
            error(&v, QStringLiteral("pathway id %1 is used twice").arg(p.id));
        seen.insert(p.id);
        p.title = string(v, "title", true, what);
        p.requestTypes = stringList(v, "requestTypes", true, what, codesOf(AttestationItem::RequestRole::Type));
        p.appliesWhen = rule(get(v, "appliesWhen", Value::Type::Object, false, what), what);
        p.checkedWhen = rule(get(v, "checkedWhen", Value::Type::Object, false, what), what);
        p.fallback = boolean(v, "fallback", what);
        if (p.checkedWhen && (p.fallback || !p.appliesWhen))
            error(v.find(u"checkedWhen"), QStringLiteral("\"checkedWhen\" of %1 needs a listed section with \"appliesWhen\" (not a fallback)").arg(what));
        const QString logic = string(v, "logic", true, what);
        if (logic == QLatin1String("one"))
            p.logic = Criterion::Logic::One;
        else if (logic != QLatin1String("all") && !logic.isEmpty())
            error(v.find(u"logic"), QStringLiteral("logic must be \"all\" or \"one\""));
        p.approval = approval(v.find(u"approval"), what);
        const Value *criteria = get(v, "criteria", Value::Type::Array, true, what);
        QSet<QString> labels;
        if (criteria) {
            if (criteria->size() == 0)
                error(criteria, QStringLiteral("%1 has no criteria").arg(what));
            for (int i = 0; i < criteria->size(); ++i)
                if (auto c = criterion(criteria->at(i), p.id, labels))
                    p.criteria.append(*c);
        }
        return p;
    }

    // ---- the whole file --------------------------------------------------------------

    std::optional<Policy> policy(const Value &root)
    {
        if (!root.isObject()) {
            error(&root, QStringLiteral("a policy file holds one JSON object"));
            return std::nullopt;
        }
        const QString what = QStringLiteral("the policy");
        allowOnly(root,
                  {QStringLiteral("format"), QStringLiteral("id"), QStringLiteral("payer"), QStringLiteral("number"),
                   QStringLiteral("title"), QStringLiteral("version"), QStringLiteral("effective"),
                   QStringLiteral("source"), QStringLiteral("drugs"), QStringLiteral("linesOfBusiness"),
                   QStringLiteral("medicalDirectorReview"), QStringLiteral("notCovered"), QStringLiteral("otherwise"),
                   QStringLiteral("referrals"), QStringLiteral("kitTable"), QStringLiteral("pathways")},
                  what);
        const QString format = string(root, "format", true, what);
        if (!format.isEmpty() && format != QLatin1String("pareview-policy/1"))
            error(root.find(u"format"), QStringLiteral("format \"%1\" is not \"pareview-policy/1\"").arg(format));
        Policy p;
        p.id = string(root, "id", true, what);
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
        if (!p.id.isEmpty() && !idPattern.match(p.id).hasMatch())
            error(root.find(u"id"), QStringLiteral("id \"%1\" must be lower-case letters, digits and dashes").arg(p.id));
        p.payer = string(root, "payer", true, what);
        p.number = string(root, "number", true, what);
        p.title = string(root, "title", true, what);
        p.version = string(root, "version", true, what);
        p.effective = date(root, "effective", what);
        p.source = string(root, "source", false, what);

        if (const Value *drugs = get(root, "drugs", Value::Type::Array, true, what)) {
            if (drugs->size() == 0)
                error(drugs, QStringLiteral("\"drugs\" is empty"));
            for (int i = 0; i < drugs->size(); ++i) {
                const Value &d = drugs->at(i);
                if (!d.isObject()) {
                    error(&d, QStringLiteral("a drug must be an object"));
                    continue;
                }
                allowOnly(d, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("hcpcs")}, QStringLiteral("a drug"));
                DrugInfo info{string(d, "id", true, QStringLiteral("a drug")), string(d, "name", true, QStringLiteral("a drug")),
                              string(d, "hcpcs", true, QStringLiteral("a drug"))};
                if (!info.id.isEmpty() && !Catalog::current().drug(info.id))
                    error(d.find(u"id"), QStringLiteral("drug id \"%1\" is not one of %2").arg(info.id, Catalog::current().drugIds().join(QStringLiteral(", "))));
                p.drugs.append(info);
            }
        }
        // Present always; empty where the text lists no line of business (Cigna's).
        if (get(root, "linesOfBusiness", Value::Type::Array, true, what))
            p.linesOfBusiness = stringList(root, "linesOfBusiness", false, what, Catalog::current().lineOfBusinessIds());

        if (const Value *md = get(root, "medicalDirectorReview", Value::Type::Object, false, what)) {
            allowOnly(*md, {QStringLiteral("all"), QStringLiteral("text")}, QStringLiteral("medicalDirectorReview"));
            p.medicalDirectorReviewAll = boolean(*md, "all", QStringLiteral("medicalDirectorReview"));
            p.medicalDirectorReviewText = string(*md, "text", true, QStringLiteral("medicalDirectorReview"));
        }

        if (const Value *nc = get(root, "notCovered", Value::Type::Array, false, what)) {
            QSet<QString> labels;
            for (int i = 0; i < nc->size(); ++i) {
                if (auto c = criterion(nc->at(i), QString(), labels, true)) {
                    if (!c->rule)
                        error(&nc->at(i), QStringLiteral("not-covered condition %1 needs a rule").arg(c->fullLabel));
                    p.notCovered.append(*c);
                }
            }
        }

        if (const Value *refs = get(root, "referrals", Value::Type::Object, false, what)) {
            for (const auto &kind : refs->members()) {
                const QString kindName = kind.first.toString();
                if (!kind.second->isObject()) {
                    error(kind.second.get(), QStringLiteral("referrals \"%1\" must map lines of business to policies").arg(kindName));
                    continue;
                }
                for (const auto &lob : kind.second->members()) {
                    const QString line = lob.first.toString();
                    if (line != QLatin1String("*") && !Catalog::current().lineOfBusiness(line))
                        error(lob.second.get(), QStringLiteral("\"%1\" is not a line of business").arg(line));
                    if (!lob.second->isString() || lob.second->toString().isEmpty())
                        error(lob.second.get(), QStringLiteral("referral target must be a policy number"));
                    else
                        p.referrals[kindName].insert(line, lob.second->toString());
                }
            }
        }

        if (const Value *o = get(root, "otherwise", Value::Type::Object, true, what)) {
            allowOnly(*o, {QStringLiteral("action"), QStringLiteral("referral"), QStringLiteral("text")},
                      QStringLiteral("\"otherwise\""));
            const QString action = string(*o, "action", true, QStringLiteral("\"otherwise\""));
            p.otherwiseText = string(*o, "text", false, QStringLiteral("\"otherwise\""));
            if (action == QLatin1String("refer")) {
                p.otherwise = Policy::Otherwise::Refer;
                p.otherwiseReferral = string(*o, "referral", true, QStringLiteral("\"otherwise\""));
                if (!p.otherwiseReferral.isEmpty() && !p.referrals.contains(p.otherwiseReferral))
                    error(o->find(u"referral"), QStringLiteral("referral \"%1\" is not defined in \"referrals\"").arg(p.otherwiseReferral));
            } else if (action == QLatin1String("not-covered")) {
                p.otherwise = Policy::Otherwise::NotCovered;
            } else if (!action.isEmpty()) {
                error(o->find(u"action"), QStringLiteral("action \"%1\" is not \"refer\" or \"not-covered\"").arg(action));
            }
        }

        if (const Value *kits = get(root, "kitTable", Value::Type::Array, false, what)) {
            int previousMax = 0;
            for (int i = 0; i < kits->size(); ++i) {
                const Value &k = kits->at(i);
                if (!k.isObject()) {
                    error(&k, QStringLiteral("a kit band must be an object"));
                    continue;
                }
                const QString w = QStringLiteral("a kit band");
                allowOnly(k, {QStringLiteral("minKg"), QStringLiteral("maxKg"), QStringLiteral("vials"), QStringLiteral("ndc")}, w);
                KitBand band{integer(k, "minKg", true, w).value_or(0), integer(k, "maxKg", true, w).value_or(0),
                             integer(k, "vials", true, w).value_or(0), string(k, "ndc", true, w)};
                if (band.minKg > band.maxKg)
                    error(&k, QStringLiteral("kit band %1–%2 kg is upside down").arg(band.minKg).arg(band.maxKg));
                if (i > 0 && band.minKg <= previousMax)
                    error(&k, QStringLiteral("kit band starting at %1 kg overlaps the previous one").arg(band.minKg));
                previousMax = band.maxKg;
                p.kitTable.append(band);
            }
        }

        if (const Value *paths = get(root, "pathways", Value::Type::Array, true, what)) {
            QSet<QString> ids;
            for (int i = 0; i < paths->size(); ++i)
                if (auto pw = pathway(paths->at(i), ids))
                    p.pathways.append(*pw);
            if (paths->size() == 0)
                error(paths, QStringLiteral("the policy has no pathways"));
        }
        checkCoherence(p, root);
        return p;
    }

    // Cross-checks that need the whole file.
    void checkCoherence(const Policy &p, const Value &root)
    {
        bool usesKits = false;
        std::function<void(const Rule &)> visitRule = [&](const Rule &r) {
            if (r.kind == Rule::Kind::KitAvailable)
                usesKits = true;
            for (const auto &c : r.rules)
                visitRule(c);
        };
        std::function<void(const Criterion &)> visit = [&](const Criterion &c) {
            if (c.rule)
                visitRule(*c.rule);
            for (const auto &child : c.children)
                visit(child);
        };
        for (const auto &pw : p.pathways) {
            for (const auto &c : pw.criteria)
                visit(c);
            if (pw.approval && pw.approval->quantityKind == Approval::QuantityKind::KitTable)
                usesKits = true;
        }
        if (usesKits && p.kitTable.isEmpty())
            error(&root, QStringLiteral("the policy uses kits but has no \"kitTable\""));
    }
};

} // namespace

PolicyLoadResult PolicyLoader::load(const QByteArray &data, const QString &fileName)
{
    PolicyLoadResult result;
    json::Limits limits;
    limits.maxBytes = 16 * 1024 * 1024;
    auto parsed = json::parse(data, limits);
    if (!parsed) {
        // "line L, column C: message" -> "L:C: message"
        static const QRegularExpression pos(QStringLiteral("^line (\\d+), column (\\d+): "));
        QString message = parsed.error();
        const auto m = pos.match(message);
        if (m.hasMatch())
            message = m.captured(1) + QLatin1Char(':') + m.captured(2) + QStringLiteral(": ") + message.mid(m.capturedLength());
        else // refused as a whole, before it was read (too large): still "LINE:COL: message"
            message = QStringLiteral("1:1: ") + message;
        result.errors << message;
        return result;
    }
    Checker checker;
    auto policy = checker.policy(*parsed.value());
    result.errors = checker.errors;
    if (policy && result.errors.isEmpty()) {
        policy->fileName = fileName;
        result.policy = std::move(policy);
    }
    return result;
}

PolicyLoadResult PolicyLoader::loadFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        PolicyLoadResult r;
        r.errors << QStringLiteral("1:1: cannot read %1: %2").arg(path, f.errorString());
        return r;
    }
    if (f.size() > 16 * 1024 * 1024) {
        PolicyLoadResult r;
        r.errors << QStringLiteral("1:1: %1 is %2 bytes, larger than a policy file can be (16 MiB)").arg(path).arg(f.size());
        return r;
    }
    return load(f.readAll(), path);
}

} // namespace pareview
