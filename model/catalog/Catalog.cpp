#include "catalog/Catalog.h"

#include "intake/FactValidator.h"
#include "json/StrictJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <atomic>
#include <cmath>
#include <memory>
#include <mutex>
#include <vector>

namespace pareview {
namespace {

using json::Value;

// Reads one catalog file, collecting every problem with its position, as the
// policy loader does: a misspelt key is an error, never silently ignored.
class Reader
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

    const Value *get(const Value &object, const QString &key, Value::Type type, bool required, const QString &what)
    {
        const Value *v = object.find(QStringView(key));
        if (!v) {
            if (required)
                error(&object, QStringLiteral("%1 needs \"%2\"").arg(what, key));
            return nullptr;
        }
        if (v->type() != type) {
            error(v, QStringLiteral("\"%1\" in %2 must be %3, not %4").arg(key, what, Value::typeName(type), Value::typeName(v->type())));
            return nullptr;
        }
        return v;
    }

    QString string(const Value &object, const QString &key, bool required, const QString &what)
    {
        const Value *v = get(object, key, Value::Type::String, required, what);
        if (v && v->toString().trimmed().isEmpty())
            error(v, QStringLiteral("\"%1\" in %2 is empty").arg(key, what));
        return v ? v->toString() : QString();
    }

    QStringList strings(const Value &object, const QString &key, bool required, const QString &what)
    {
        QStringList out;
        const Value *v = get(object, key, Value::Type::Array, required, what);
        if (!v)
            return out;
        if (required && v->size() == 0)
            error(v, QStringLiteral("\"%1\" in %2 is empty").arg(key, what));
        for (int i = 0; i < v->size(); ++i) {
            const Value &item = v->at(i);
            if (!item.isString() || item.toString().trimmed().isEmpty())
                error(&item, QStringLiteral("\"%1\" in %2 must hold non-empty strings").arg(key, what));
            else if (out.contains(item.toString()))
                error(&item, QStringLiteral("\"%1\" is listed twice in \"%2\" of %3").arg(item.toString(), key, what));
            else
                out << item.toString();
        }
        return out;
    }

    std::optional<double> number(const Value &object, const QString &key, bool required, const QString &what)
    {
        const Value *v = get(object, key, Value::Type::Number, required, what);
        if (!v)
            return std::nullopt;
        return v->toDouble();
    }

    bool boolean(const Value &object, const QString &key, const QString &what)
    {
        const Value *v = get(object, key, Value::Type::Bool, false, what);
        return v && v->toBool();
    }

    // {"en": "…", "es": "…"}: both languages, since letters and screens are written in both.
    LocalizedText localized(const Value *v, const QString &key, const QString &what)
    {
        LocalizedText t;
        if (!v || !v->isObject()) {
            error(v, QStringLiteral("\"%1\" in %2 must be an object with \"en\" and \"es\"").arg(key, what));
            return t;
        }
        const QString inner = QStringLiteral("\"%1\" of %2").arg(key, what);
        allowOnly(*v, {QStringLiteral("en"), QStringLiteral("es")}, inner);
        t.en = string(*v, QStringLiteral("en"), true, inner);
        t.es = string(*v, QStringLiteral("es"), true, inner);
        return t;
    }

    LocalizedText localized(const Value &object, const QString &key, bool required, const QString &what)
    {
        const Value *v = object.find(QStringView(key));
        if (!v) {
            if (required)
                error(&object, QStringLiteral("%1 needs \"%2\"").arg(what, key));
            return {};
        }
        return localized(v, key, what);
    }

    // The entries under `listKey` of a file `{"format": …, listKey: [ … ]}`,
    // each an object with a unique `idKey` matching `idPattern`.
    template<typename T, typename Fn>
    QVector<T> entries(const Value &root, const QString &format, const QString &listKey, const QString &idKey, Fn &&read)
    {
        QVector<T> out;
        if (!root.isObject()) {
            error(&root, QStringLiteral("a catalog file is an object with \"format\" and \"%1\"").arg(listKey));
            return out;
        }
        allowOnly(root, {QStringLiteral("format"), listKey}, QStringLiteral("the file"));
        const Value *f = root.find(u"format");
        if (!f || !f->isString() || f->toString() != format)
            error(f ? f : &root, QStringLiteral("\"format\" must be \"%1\"").arg(format));
        const Value *list = get(root, listKey, Value::Type::Array, true, QStringLiteral("the file"));
        if (!list)
            return out;
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        QHash<QString, int> seen;
        for (int i = 0; i < list->size(); ++i) {
            const Value &e = list->at(i);
            const QString what = QStringLiteral("%1[%2]").arg(listKey).arg(i);
            if (!e.isObject()) {
                error(&e, QStringLiteral("%1 must be an object").arg(what));
                continue;
            }
            const QString id = string(e, idKey, true, what);
            const Value *idValue = e.find(QStringView(idKey));
            if (!id.isEmpty() && !idPattern.match(id).hasMatch())
                error(idValue, QStringLiteral("%1 \"%2\" must be lower-case words joined by hyphens").arg(idKey, id));
            if (!id.isEmpty() && seen.contains(id))
                error(idValue, QStringLiteral("%1 \"%2\" is defined twice (first at line %3)").arg(idKey, id).arg(seen.value(id)));
            if (!id.isEmpty())
                seen.insert(id, e.line());
            out.append(read(e, id, QStringLiteral("%1 \"%2\"").arg(listKey == QLatin1String("items") ? QStringLiteral("item") : listKey.chopped(1), id)));
        }
        return out;
    }
};

const QStringList kDrugForms = {QStringLiteral("factor-per-kg"), QStringLiteral("gene-therapy-per-kg"),
                                QStringLiteral("weekly-subcutaneous")};
const QStringList kRequestFields = {QStringLiteral("dose"), QStringLiteral("interval"), QStringLiteral("quantity"),
                                    QStringLiteral("supply")};

QVector<DrugDefinition> readDrugs(Reader &r, const Value &root)
{
    return r.entries<DrugDefinition>(root, QStringLiteral("pareview-drugs/1"), QStringLiteral("drugs"), QStringLiteral("id"),
                                     [&](const Value &e, const QString &id, const QString &what) {
        r.allowOnly(e, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("genericName"), QStringLiteral("hcpcs"),
                        QStringLiteral("ndcPrefixes"), QStringLiteral("textContains"), QStringLiteral("form"),
                        QStringLiteral("doseUnit"), QStringLiteral("requestFields")},
                    what);
        DrugDefinition d;
        d.id = id;
        d.name = r.string(e, QStringLiteral("name"), true, what);
        d.genericName = r.string(e, QStringLiteral("genericName"), false, what);
        d.hcpcsCodes = r.strings(e, QStringLiteral("hcpcs"), true, what);
        d.hcpcs = d.hcpcsCodes.value(0);
        static const QRegularExpression hcpcs(QStringLiteral("^[A-Z][0-9]{4}$"));
        if (const Value *v = e.find(u"hcpcs"); v && v->isArray())
            for (int i = 0; i < v->size(); ++i)
                if (v->at(i).isString() && !hcpcs.match(v->at(i).toString()).hasMatch())
                    r.error(&v->at(i), QStringLiteral("\"%1\" is not an HCPCS code (a letter and four digits)").arg(v->at(i).toString()));
        d.ndcPrefixes = r.strings(e, QStringLiteral("ndcPrefixes"), false, what);
        static const QRegularExpression digits(QStringLiteral("^[0-9]{4,11}$"));
        if (const Value *v = e.find(u"ndcPrefixes"); v && v->isArray())
            for (int i = 0; i < v->size(); ++i)
                if (v->at(i).isString() && !digits.match(v->at(i).toString()).hasMatch())
                    r.error(&v->at(i), QStringLiteral("NDC prefix \"%1\" must be 4 to 11 digits, without hyphens").arg(v->at(i).toString()));
        d.textContains = r.strings(e, QStringLiteral("textContains"), false, what);
        for (const QString &word : std::as_const(d.textContains))
            if (word != word.toLower())
                r.error(e.find(u"textContains"), QStringLiteral("\"%1\" in textContains must be lower case").arg(word));
        d.form = r.string(e, QStringLiteral("form"), true, what);
        if (!d.form.isEmpty() && !kDrugForms.contains(d.form))
            r.error(e.find(u"form"), QStringLiteral("form \"%1\" is not one of %2").arg(d.form, kDrugForms.join(QStringLiteral(", "))));
        d.doseUnit = r.string(e, QStringLiteral("doseUnit"), true, what);
        if (!d.doseUnit.isEmpty() && !FactValidator::doseUnits().contains(d.doseUnit))
            r.error(e.find(u"doseUnit"), QStringLiteral("dose unit \"%1\" is not one of %2 (a dose per kg, or \"mg\" for a flat dose)")
                                             .arg(d.doseUnit, FactValidator::doseUnits().join(QStringLiteral(", "))));
        d.requestFields = r.strings(e, QStringLiteral("requestFields"), true, what);
        for (const QString &field : std::as_const(d.requestFields))
            if (!kRequestFields.contains(field))
                r.error(e.find(u"requestFields"), QStringLiteral("request field \"%1\" is not one of %2").arg(field, kRequestFields.join(QStringLiteral(", "))));
        return d;
    });
}

QVector<LabDefinition> readLabs(Reader &r, const Value &root)
{
    static const QRegularExpression loincCode(QStringLiteral("^[0-9]{1,7}-[0-9]$"));
    return r.entries<LabDefinition>(root, QStringLiteral("pareview-labs/1"), QStringLiteral("labs"), QStringLiteral("id"),
                                    [&](const Value &e, const QString &id, const QString &what) {
        r.allowOnly(e, {QStringLiteral("id"), QStringLiteral("names"), QStringLiteral("value"), QStringLiteral("loinc"),
                        QStringLiteral("localCodes"), QStringLiteral("canonicalUnit"), QStringLiteral("units"),
                        QStringLiteral("plausibleMax"), QStringLiteral("zeroImpossible"), QStringLiteral("upperLimitMatters")},
                    what);
        LabDefinition lab;
        lab.name = id;
        if (const Value *names = r.get(e, QStringLiteral("names"), Value::Type::Object, true, what)) {
            const QString inner = QStringLiteral("\"names\" of %1").arg(what);
            r.allowOnly(*names, {QStringLiteral("en"), QStringLiteral("es")}, inner);
            for (const QString &lang : {QStringLiteral("en"), QStringLiteral("es")}) {
                const Value *l = r.get(*names, lang, Value::Type::Object, true, inner);
                if (!l)
                    continue;
                const QString inLang = QStringLiteral("\"%1\" of %2").arg(lang, inner);
                r.allowOnly(*l, {QStringLiteral("clinical"), QStringLiteral("plain")}, inLang);
                (lang == QLatin1String("en") ? lab.clinical.en : lab.clinical.es) = r.string(*l, QStringLiteral("clinical"), true, inLang);
                (lang == QLatin1String("en") ? lab.plain.en : lab.plain.es) = r.string(*l, QStringLiteral("plain"), true, inLang);
            }
        }
        lab.description = lab.clinical.en;
        const QString value = r.string(e, QStringLiteral("value"), true, what);
        if (value == QLatin1String("quantity"))
            lab.kind = LabDefinition::ValueKind::Quantity;
        else if (value == QLatin1String("stage"))
            lab.kind = LabDefinition::ValueKind::Integer;
        else if (value == QLatin1String("titer"))
            lab.kind = LabDefinition::ValueKind::Titer;
        else if (!value.isEmpty())
            r.error(e.find(u"value"), QStringLiteral("value \"%1\" is not one of quantity, stage, titer").arg(value));
        lab.loinc = r.strings(e, QStringLiteral("loinc"), false, what);
        if (const Value *v = e.find(u"loinc"); v && v->isArray())
            for (int i = 0; i < v->size(); ++i)
                if (v->at(i).isString() && !loincCode.match(v->at(i).toString()).hasMatch())
                    r.error(&v->at(i), QStringLiteral("\"%1\" is not a LOINC code (digits, a hyphen, a check digit)").arg(v->at(i).toString()));
        lab.localCodes = r.strings(e, QStringLiteral("localCodes"), false, what);
        if (const Value *v = e.find(u"localCodes"); v && v->isArray())
            for (int i = 0; i < v->size(); ++i)
                if (v->at(i).isString() && !v->at(i).toString().isEmpty() && v->at(i).toString().at(0).isDigit())
                    r.error(&v->at(i), QStringLiteral("local code \"%1\" must start with a letter (codes starting with a digit are LOINC)").arg(v->at(i).toString()));
        if (lab.loinc.isEmpty() && lab.localCodes.isEmpty())
            r.error(&e, QStringLiteral("%1 needs \"loinc\" or \"localCodes\": the codes results carry").arg(what));
        lab.codes = lab.loinc + lab.localCodes;
        if (lab.kind == LabDefinition::ValueKind::Quantity) {
            lab.canonicalUnit = r.string(e, QStringLiteral("canonicalUnit"), true, what);
            if (const Value *units = r.get(e, QStringLiteral("units"), Value::Type::Array, true, what)) {
                for (int i = 0; i < units->size(); ++i) {
                    const Value &u = units->at(i);
                    const QString uwhat = QStringLiteral("units[%1] of %2").arg(i).arg(what);
                    if (!u.isObject()) {
                        r.error(&u, QStringLiteral("%1 must be an object with \"unit\" and \"factor\" or \"divisor\"").arg(uwhat));
                        continue;
                    }
                    r.allowOnly(u, {QStringLiteral("unit"), QStringLiteral("factor"), QStringLiteral("divisor")}, uwhat);
                    const QString unit = r.string(u, QStringLiteral("unit"), true, uwhat);
                    const auto factor = r.number(u, QStringLiteral("factor"), false, uwhat);
                    const auto divisor = r.number(u, QStringLiteral("divisor"), false, uwhat);
                    if (factor.has_value() == divisor.has_value()) {
                        r.error(&u, QStringLiteral("%1 needs either \"factor\" or \"divisor\"").arg(uwhat));
                        continue;
                    }
                    const double by = factor ? *factor : *divisor;
                    if (!(by > 0)) {
                        r.error(u.find(factor ? u"factor" : u"divisor"), QStringLiteral("the conversion of \"%1\" must be positive").arg(unit));
                        continue;
                    }
                    bool twice = false;
                    for (const auto &known : std::as_const(lab.units))
                        twice = twice || known.first == unit;
                    if (twice)
                        r.error(u.find(u"unit"), QStringLiteral("unit \"%1\" is listed twice for %2").arg(unit, what));
                    // A divisor keeps the conversion as exact as the lab writes it (1 mg/dL = 17.104 µmol/L).
                    lab.units.append({unit, factor ? *factor : 1 / *divisor});
                }
                bool hasCanonical = false;
                for (const auto &u : std::as_const(lab.units))
                    hasCanonical = hasCanonical || (u.first == lab.canonicalUnit && u.second == 1);
                if (!lab.canonicalUnit.isEmpty() && !hasCanonical)
                    r.error(e.find(u"canonicalUnit"), QStringLiteral("the units of %1 must list the canonical unit \"%2\" with factor 1").arg(what, lab.canonicalUnit));
            }
        } else {
            for (const char *key : {"canonicalUnit", "units"})
                if (const Value *v = e.find(QLatin1StringView(key)))
                    r.error(v, QStringLiteral("%1 is a %2 without a unit: no \"%3\"").arg(what, value, QLatin1StringView(key)));
        }
        if (const auto max = r.number(e, QStringLiteral("plausibleMax"), true, what)) {
            lab.plausibleMax = *max;
            if (!(*max > 0))
                r.error(e.find(u"plausibleMax"), QStringLiteral("plausibleMax of %1 must be positive").arg(what));
            if (lab.kind == LabDefinition::ValueKind::Integer && *max != std::floor(*max))
                r.error(e.find(u"plausibleMax"), QStringLiteral("the highest stage of %1 must be a whole number").arg(what));
        }
        lab.zeroImpossible = r.boolean(e, QStringLiteral("zeroImpossible"), what);
        lab.upperLimitMatters = r.boolean(e, QStringLiteral("upperLimitMatters"), what);
        return lab;
    });
}

QVector<AttestationItem> readAttestations(Reader &r, const Value &root)
{
    return r.entries<AttestationItem>(root, QStringLiteral("pareview-attestations/1"), QStringLiteral("items"), QStringLiteral("linkId"),
                                      [&](const Value &e, const QString &id, const QString &what) {
        r.allowOnly(e, {QStringLiteral("linkId"), QStringLiteral("answer"), QStringLiteral("codes"), QStringLiteral("question"),
                        QStringLiteral("help"), QStringLiteral("phrase"), QStringLiteral("section"),
                        QStringLiteral("requestField")},
                    what);
        AttestationItem item;
        item.linkId = id;
        const QString answer = r.string(e, QStringLiteral("answer"), true, what);
        if (answer == QLatin1String("boolean"))
            item.answer = AttestationItem::Answer::Boolean;
        else if (answer == QLatin1String("integer"))
            item.answer = AttestationItem::Answer::Integer;
        else if (answer == QLatin1String("code"))
            item.answer = AttestationItem::Answer::Code;
        else if (!answer.isEmpty())
            r.error(e.find(u"answer"), QStringLiteral("answer \"%1\" is not one of boolean, integer, code").arg(answer));
        const Value *codes = e.find(u"codes");
        if (item.answer == AttestationItem::Answer::Code && !codes)
            r.error(&e, QStringLiteral("%1 has code answers: it needs \"codes\"").arg(what));
        if (item.answer != AttestationItem::Answer::Code && codes)
            r.error(codes, QStringLiteral("%1 is answered %2: \"codes\" are for code answers").arg(what, answer));
        if (codes && codes->isArray()) {
            for (int i = 0; i < codes->size(); ++i) {
                const Value &c = codes->at(i);
                const QString cwhat = QStringLiteral("codes[%1] of %2").arg(i).arg(what);
                if (!c.isObject()) {
                    r.error(&c, QStringLiteral("%1 must be an object with \"code\", \"en\" and \"es\"").arg(cwhat));
                    continue;
                }
                r.allowOnly(c, {QStringLiteral("code"), QStringLiteral("en"), QStringLiteral("es")}, cwhat);
                AttestationCode code;
                code.code = r.string(c, QStringLiteral("code"), true, cwhat);
                code.label.en = r.string(c, QStringLiteral("en"), true, cwhat);
                code.label.es = r.string(c, QStringLiteral("es"), true, cwhat);
                if (item.allowedCodes().contains(code.code))
                    r.error(c.find(u"code"), QStringLiteral("code \"%1\" is listed twice in %2").arg(code.code, what));
                item.codes.append(code);
            }
        } else if (codes) {
            r.error(codes, QStringLiteral("\"codes\" in %1 must be an array").arg(what));
        }
        item.question = r.localized(e, QStringLiteral("question"), true, what);
        item.help = r.localized(e, QStringLiteral("help"), false, what);
        item.phrase = r.string(e, QStringLiteral("phrase"), true, what);
        item.section = r.string(e, QStringLiteral("section"), false, what);
        if (!item.section.isEmpty() && item.section != QLatin1String("request"))
            r.error(e.find(u"section"), QStringLiteral("section \"%1\" must be \"request\" or left out").arg(item.section));
        const QString role = r.string(e, QStringLiteral("requestField"), false, what);
        if (role == QLatin1String("type"))
            item.role = AttestationItem::RequestRole::Type;
        else if (role == QLatin1String("use"))
            item.role = AttestationItem::RequestRole::Use;
        else if (!role.isEmpty())
            r.error(e.find(u"requestField"), QStringLiteral("requestField \"%1\" must be \"type\" or \"use\"").arg(role));
        if (item.role != AttestationItem::RequestRole::None
            && (item.section != QLatin1String("request") || item.answer != AttestationItem::Answer::Code))
            r.error(e.find(u"requestField"), QStringLiteral("%1 is a request field: it needs \"section\": \"request\" and code answers").arg(what));
        return item;
    });
}

QVector<DiagnosisConcept> readDiagnoses(Reader &r, const Value &root)
{
    static const QRegularExpression icd(QStringLiteral("^[A-TV-Z][0-9][0-9AB](\\.[0-9A-TV-Z]{1,4})?\\*?$"));
    return r.entries<DiagnosisConcept>(root, QStringLiteral("pareview-diagnoses/1"), QStringLiteral("concepts"), QStringLiteral("id"),
                                       [&](const Value &e, const QString &id, const QString &what) {
        r.allowOnly(e, {QStringLiteral("id"), QStringLiteral("names"), QStringLiteral("codes")}, what);
        DiagnosisConcept c;
        c.id = id;
        c.names = r.localized(e, QStringLiteral("names"), true, what);
        c.codes = r.strings(e, QStringLiteral("codes"), true, what);
        if (const Value *v = e.find(u"codes"); v && v->isArray())
            for (int i = 0; i < v->size(); ++i)
                if (v->at(i).isString() && !icd.match(v->at(i).toString()).hasMatch())
                    r.error(&v->at(i), QStringLiteral("\"%1\" is not an ICD-10-CM code (a trailing * takes every code under it)").arg(v->at(i).toString()));
        return c;
    });
}

QVector<PrescriberKind> readPrescriberKinds(Reader &r, const Value &root)
{
    static const QRegularExpression nucc(QStringLiteral("^[0-9]{3}[0-9A-Z]{6}X$"));
    return r.entries<PrescriberKind>(root, QStringLiteral("pareview-prescriber-kinds/1"), QStringLiteral("kinds"), QStringLiteral("id"),
                                     [&](const Value &e, const QString &id, const QString &what) {
        r.allowOnly(e, {QStringLiteral("id"), QStringLiteral("names"), QStringLiteral("taxonomies")}, what);
        PrescriberKind k;
        k.id = id;
        k.names = r.localized(e, QStringLiteral("names"), true, what);
        if (const Value *list = r.get(e, QStringLiteral("taxonomies"), Value::Type::Array, true, what)) {
            if (list->size() == 0)
                r.error(list, QStringLiteral("\"taxonomies\" in %1 is empty").arg(what));
            for (int i = 0; i < list->size(); ++i) {
                const Value &t = list->at(i);
                const QString twhat = QStringLiteral("taxonomies[%1] of %2").arg(i).arg(what);
                if (!t.isObject()) {
                    r.error(&t, QStringLiteral("%1 must be an object with \"code\", \"en\" and \"es\"").arg(twhat));
                    continue;
                }
                r.allowOnly(t, {QStringLiteral("code"), QStringLiteral("en"), QStringLiteral("es")}, twhat);
                Taxonomy tax;
                tax.code = r.string(t, QStringLiteral("code"), true, twhat);
                if (!tax.code.isEmpty() && !nucc.match(tax.code).hasMatch())
                    r.error(t.find(u"code"), QStringLiteral("\"%1\" is not a NUCC taxonomy code (ten characters ending in X)").arg(tax.code));
                tax.names.en = r.string(t, QStringLiteral("en"), true, twhat);
                tax.names.es = r.string(t, QStringLiteral("es"), true, twhat);
                k.taxonomies.append(tax);
            }
        }
        return k;
    });
}

QVector<LineOfBusiness> readLinesOfBusiness(Reader &r, const Value &root)
{
    return r.entries<LineOfBusiness>(root, QStringLiteral("pareview-lines-of-business/1"), QStringLiteral("linesOfBusiness"),
                                     QStringLiteral("id"), [&](const Value &e, const QString &id, const QString &what) {
        r.allowOnly(e, {QStringLiteral("id"), QStringLiteral("names")}, what);
        LineOfBusiness l;
        l.id = id;
        l.names = r.localized(e, QStringLiteral("names"), true, what);
        return l;
    });
}

// rules.json: the data of the special rules. Every slot the rule's logic
// needs, none it does not, each naming an item, lab or concept the catalog
// (as read so far) defines.
QVector<SpecialRule> readSpecialRules(Reader &r, const Value &root, const Catalog &known)
{
    QVector<SpecialRule> out;
    if (!root.isObject()) {
        r.error(&root, QStringLiteral("a catalog file is an object with \"format\" and \"rules\""));
        return out;
    }
    r.allowOnly(root, {QStringLiteral("format"), QStringLiteral("rules")}, QStringLiteral("the file"));
    const Value *f = root.find(u"format");
    if (!f || !f->isString() || f->toString() != QLatin1String("pareview-rules/1"))
        r.error(f ? f : &root, QStringLiteral("\"format\" must be \"pareview-rules/1\""));
    const Value *list = r.get(root, QStringLiteral("rules"), Value::Type::Array, true, QStringLiteral("the file"));
    if (!list)
        return out;
    QHash<QString, int> seen;
    for (int i = 0; i < list->size(); ++i) {
        const Value &e = list->at(i);
        QString what = QStringLiteral("rules[%1]").arg(i);
        if (!e.isObject()) {
            r.error(&e, QStringLiteral("%1 must be an object").arg(what));
            continue;
        }
        r.allowOnly(e, {QStringLiteral("kind"), QStringLiteral("is"), QStringLiteral("logic"), QStringLiteral("attestations"),
                        QStringLiteral("labs"), QStringLiteral("limits"), QStringLiteral("concept"), QStringLiteral("prescriberKind")},
                    what);
        SpecialRule rule;
        rule.kind = r.string(e, QStringLiteral("kind"), true, what);
        rule.logic = r.string(e, QStringLiteral("logic"), true, what);
        const SpecialRule::Logic *logic = SpecialRule::findLogic(rule.logic);
        if (!rule.logic.isEmpty() && !logic) {
            QStringList names;
            for (const auto &l : SpecialRule::logics())
                names << l.name;
            r.error(e.find(u"logic"), QStringLiteral("logic \"%1\" is not one of %2").arg(rule.logic, names.join(QStringLiteral(", "))));
        }
        const bool prescriber = logic && logic->prescriber;
        rule.is = r.string(e, QStringLiteral("is"), prescriber, what);
        if (logic && !prescriber && e.find(u"is"))
            r.error(e.find(u"is"), QStringLiteral("\"is\" is for prescriber logics only"));
        if (prescriber && rule.kind != QLatin1String("prescriber") && !rule.kind.isEmpty())
            r.error(e.find(u"kind"), QStringLiteral("logic \"%1\" is a variant of the \"prescriber\" rule").arg(rule.logic));
        what = rule.is.isEmpty() ? QStringLiteral("rule \"%1\"").arg(rule.kind) : QStringLiteral("rule \"%1\" \"%2\"").arg(rule.kind, rule.is);
        const QString key = rule.kind + QLatin1Char('\n') + rule.is;
        if (seen.contains(key))
            r.error(e.find(u"kind") ? e.find(u"kind") : &e, QStringLiteral("%1 is defined twice (first at line %2)").arg(what).arg(seen.value(key)));
        seen.insert(key, e.line());
        if (!logic) {
            out.append(rule);
            continue;
        }
        // {"slot": value, …}: exactly the slots the logic names.
        auto slots = [&](const char *key, const QStringList &wanted, auto &&take) {
            const QString k = QLatin1String(key);
            const Value *o = e.find(QStringView(k));
            if (wanted.isEmpty()) {
                if (o)
                    r.error(o, QStringLiteral("logic \"%1\" takes no \"%2\"").arg(rule.logic, k));
                return;
            }
            o = r.get(e, k, Value::Type::Object, true, what);
            if (!o)
                return;
            const QString inner = QStringLiteral("\"%1\" of %2").arg(k, what);
            r.allowOnly(*o, wanted, inner);
            for (const QString &slot : wanted) {
                if (const Value *v = o->find(QStringView(slot)))
                    take(slot, *v, inner);
                else
                    r.error(o, QStringLiteral("%1 needs \"%2\" (logic \"%3\")").arg(inner, slot, rule.logic));
            }
        };
        auto labId = [&](const Value &v, const QString &inner) {
            if (!v.isString() || v.toString().isEmpty()) {
                r.error(&v, QStringLiteral("a lab in %1 must be a lab id").arg(inner));
                return QString();
            }
            if (!known.lab(v.toString()))
                r.error(&v, QStringLiteral("unknown lab \"%1\" in %2").arg(v.toString(), inner));
            return v.toString();
        };
        slots("attestations", logic->attestations, [&](const QString &slot, const Value &v, const QString &inner) {
            if (!v.isString() || v.toString().isEmpty()) {
                r.error(&v, QStringLiteral("\"%1\" in %2 must be an attestation item's linkId").arg(slot, inner));
                return;
            }
            if (!known.attestation(v.toString()))
                r.error(&v, QStringLiteral("unknown attestation item \"%1\" in %2").arg(v.toString(), inner));
            rule.attestations.append({slot, v.toString()});
        });
        slots("labs", logic->labs + logic->labLists, [&](const QString &slot, const Value &v, const QString &inner) {
            if (logic->labLists.contains(slot)) {
                if (!v.isArray() || v.size() == 0) {
                    r.error(&v, QStringLiteral("\"%1\" in %2 must be a list of lab ids").arg(slot, inner));
                    return;
                }
                for (int j = 0; j < v.size(); ++j)
                    rule.labs[slot] << labId(v.at(j), inner);
            } else {
                rule.labs[slot] = QStringList{labId(v, inner)};
            }
        });
        slots("limits", logic->limits, [&](const QString &slot, const Value &v, const QString &inner) {
            if (!v.isNumber())
                r.error(&v, QStringLiteral("\"%1\" in %2 must be a number").arg(slot, inner));
            else
                rule.limits.insert(slot, v.toDouble());
        });
        if (logic->concept) {
            rule.concept = r.string(e, QStringLiteral("concept"), true, what);
            if (!rule.concept.isEmpty() && !known.diagnosis(rule.concept))
                r.error(e.find(u"concept"), QStringLiteral("unknown diagnosis concept \"%1\" in %2").arg(rule.concept, what));
        } else if (e.find(u"concept")) {
            r.error(e.find(u"concept"), QStringLiteral("logic \"%1\" takes no \"concept\"").arg(rule.logic));
        }
        if (logic->prescriberKind) {
            rule.prescriberKind = r.string(e, QStringLiteral("prescriberKind"), true, what);
            if (!rule.prescriberKind.isEmpty() && !known.prescriberKind(rule.prescriberKind))
                r.error(e.find(u"prescriberKind"), QStringLiteral("unknown prescriber kind \"%1\" in %2").arg(rule.prescriberKind, what));
        } else if (e.find(u"prescriberKind")) {
            r.error(e.find(u"prescriberKind"), QStringLiteral("logic \"%1\" takes no \"prescriberKind\"").arg(rule.logic));
        }
        out.append(rule);
    }
    return out;
}

// Entries of the same id replace the earlier ones; new ones are appended.
template<typename T, typename Id>
void merge(QVector<T> &into, const QVector<T> &from, Id id)
{
    for (const T &entry : from) {
        bool replaced = false;
        for (T &existing : into)
            if (id(existing) == id(entry)) {
                existing = entry;
                replaced = true;
            }
        if (!replaced)
            into.append(entry);
    }
}

QString positioned(const QString &parseError)
{
    // "line L, column C: message" -> "L:C: message", as the policy loader writes it.
    static const QRegularExpression pos(QStringLiteral("^line (\\d+), column (\\d+): "));
    const auto m = pos.match(parseError);
    if (m.hasMatch())
        return m.captured(1) + QLatin1Char(':') + m.captured(2) + QStringLiteral(": ") + parseError.mid(m.capturedLength());
    return QStringLiteral("1:1: ") + parseError;
}

struct Installed
{
    std::mutex mutex;
    std::vector<std::unique_ptr<Catalog>> all; // never freed: definitions handed out stay valid
    std::atomic<const Catalog *> current{nullptr};
};

Installed &installed()
{
    static Installed i;
    return i;
}

const Catalog *install(Catalog catalog)
{
    Installed &i = installed();
    std::lock_guard<std::mutex> lock(i.mutex);
    i.all.push_back(std::make_unique<Catalog>(std::move(catalog)));
    return i.all.back().get();
}

} // namespace

QString SpecialRule::attestation(const QString &slot) const
{
    for (const auto &a : attestations)
        if (a.first == slot)
            return a.second;
    return {};
}

QString SpecialRule::lab(const QString &slot) const
{
    const QStringList l = labs.value(slot);
    return l.isEmpty() ? QString() : l.first();
}

QStringList SpecialRule::attestationItems() const
{
    QStringList out;
    for (const auto &a : attestations)
        if (!out.contains(a.second))
            out << a.second;
    return out;
}

const QVector<SpecialRule::Logic> &SpecialRule::logics()
{
    auto l = [](const char *s) { return QString::fromLatin1(s); };
    // Slot order is the order an intake form asks the items in.
    static const QVector<Logic> all = {
        {l("current-weight"), {}, {l("bodyWeight")}, {}, {}},
        {l("inhibitor-present"), {l("history"), l("anamnestic"), l("refractory")}, {l("viii"), l("ix")}, {}, {l("positive")}},
        {l("refutable-inhibitor-history"), {l("history")}, {l("viii"), l("ix")}, {}, {l("positive")}},
        {l("inhibitor-retest"), {l("history")}, {l("viii"), l("ix")}, {}, {l("positive")}},
        {l("antibody-titer"), {l("screened")}, {l("titer")}, {}, {}},
        {l("low-count-or-attested"), {l("attested")}, {l("count")}, {}, {l("atMost")}},
        {l("advanced-fibrosis"), {l("attested")}, {l("stiffness"), l("stage")}, {}, {l("advancedStiffness"), l("advancedStage")}},
        {l("normal-elastography"), {l("normal")}, {l("stiffness")}, {}, {l("normalBelow"), l("advancedStiffness")}},
        {l("past-liver-abnormality"), {l("history"), l("ultrasoundNormal"), l("elastographyNormal")}, {l("stiffness")},
         {l("enzymes")}, {l("normalBelow"), l("advancedStiffness")}},
        {l("other-disorder-in-concept"), {l("attested")}, {}, {}, {}, true},
        {l("htc-affiliation"), {l("affiliated")}, {}, {}, {}, false, false, true},
        {l("htc-consultation"), {l("consultedAtHtc"), l("consulted")}, {}, {}, {}, false, false, true},
        {l("specialist"), {l("specialist")}, {}, {}, {}, false, false, true},
        {l("hematologist"), {l("hematologist"), l("consulted")}, {}, {}, {}, false, true, true},
        {l("hematologist-or-consultant"), {l("hematologist"), l("consulted")}, {}, {}, {}, false, true, true},
    };
    return all;
}

const SpecialRule::Logic *SpecialRule::findLogic(const QString &name)
{
    for (const auto &l : logics())
        if (l.name == name)
            return &l;
    return nullptr;
}

QStringList AttestationItem::allowedCodes() const
{
    QStringList out;
    for (const auto &c : codes)
        out << c.code;
    return out;
}

bool DiagnosisConcept::matches(const QString &icd10) const
{
    for (const QString &pattern : codes) {
        if (pattern.endsWith(QLatin1Char('*')) ? icd10.startsWith(pattern.chopped(1)) : icd10 == pattern)
            return true;
    }
    return false;
}

bool PrescriberKind::includes(const QString &code) const
{
    for (const auto &t : taxonomies)
        if (t.code == code)
            return true;
    return false;
}

const QStringList &Catalog::fileNames()
{
    static const QStringList names = {QStringLiteral("drugs.json"), QStringLiteral("labs.json"),
                                      QStringLiteral("attestations.json"), QStringLiteral("diagnoses.json"),
                                      QStringLiteral("prescriber-kinds.json"), QStringLiteral("lines-of-business.json"),
                                      // last: its rules name items, labs and concepts of the files above
                                      QStringLiteral("rules.json")};
    return names;
}

Catalog Catalog::builtIn()
{
    Catalog c;
    c.m_errors = c.addDirectory(QStringLiteral(":/catalog"));
    return c;
}

QStringList Catalog::addDirectory(const QString &dir)
{
    const QDir d(dir);
    if (!d.exists())
        return {QStringLiteral("%1: no such folder").arg(dir)};
    QStringList errors;
    bool any = false;
    for (const QString &name : fileNames()) {
        if (!d.exists(name))
            continue;
        any = true;
        const QString path = d.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            errors << QStringLiteral("%1:1:1: cannot read it: %2").arg(path, f.errorString());
            continue;
        }
        if (f.size() > 16 * 1024 * 1024) {
            errors << QStringLiteral("%1:1:1: %2 bytes, larger than a catalog file can be (16 MiB)").arg(path).arg(f.size());
            continue;
        }
        errors << addFile(f.readAll(), path);
    }
    if (!any)
        errors << QStringLiteral("%1: no catalog file in it (%2)").arg(dir, fileNames().join(QStringLiteral(", ")));
    return errors;
}

QStringList Catalog::addFile(const QByteArray &data, const QString &fileName)
{
    const QString kind = QFileInfo(fileName).fileName();
    if (!fileNames().contains(kind))
        return {QStringLiteral("%1:1:1: not a catalog file name (%2)").arg(fileName, fileNames().join(QStringLiteral(", ")))};
    json::Limits limits;
    limits.maxBytes = 16 * 1024 * 1024;
    auto parsed = json::parse(data, limits);
    if (!parsed)
        return {fileName + QLatin1Char(':') + positioned(parsed.error())};
    const Value &root = *parsed.value();
    const Catalog before = *this; // restored when the file has an error: nothing of it is taken
    Reader r;
    auto take = [&](auto entries, auto &into, auto id) {
        if (r.errors.isEmpty())
            merge(into, entries, id);
    };
    if (kind == QLatin1String("drugs.json"))
        take(readDrugs(r, root), m_drugs, [](const DrugDefinition &d) { return d.id; });
    else if (kind == QLatin1String("labs.json"))
        take(readLabs(r, root), m_labs, [](const LabDefinition &l) { return l.name; });
    else if (kind == QLatin1String("attestations.json"))
        take(readAttestations(r, root), m_attestations, [](const AttestationItem &a) { return a.linkId; });
    else if (kind == QLatin1String("diagnoses.json"))
        take(readDiagnoses(r, root), m_diagnoses, [](const DiagnosisConcept &c) { return c.id; });
    else if (kind == QLatin1String("prescriber-kinds.json"))
        take(readPrescriberKinds(r, root), m_prescriberKinds, [](const PrescriberKind &k) { return k.id; });
    else if (kind == QLatin1String("rules.json"))
        take(readSpecialRules(r, root, *this), m_specialRules,
             [](const SpecialRule &s) { return s.kind + QLatin1Char('\n') + s.is; });
    else
        take(readLinesOfBusiness(r, root), m_linesOfBusiness, [](const LineOfBusiness &l) { return l.id; });

    // Codes that would make an incoming result or request ambiguous.
    if (r.errors.isEmpty() && kind == QLatin1String("labs.json")) {
        QHash<QString, QString> owner;
        for (const auto &lab : std::as_const(m_labs))
            for (const QString &code : lab.codes) {
                if (owner.contains(code) && owner.value(code) != lab.name)
                    r.errors << QStringLiteral("1:1: code %1 belongs to both lab \"%2\" and lab \"%3\"").arg(code, owner.value(code), lab.name);
                owner.insert(code, lab.name);
            }
    }
    if (r.errors.isEmpty() && kind == QLatin1String("attestations.json")) {
        for (const auto role : {AttestationItem::RequestRole::Type, AttestationItem::RequestRole::Use}) {
            QStringList holders;
            for (const auto &a : std::as_const(m_attestations))
                if (a.role == role)
                    holders << a.linkId;
            if (holders.size() > 1)
                r.errors << QStringLiteral("1:1: items %1 are all declared the request's %2 field: one only")
                                .arg(holders.join(QStringLiteral(", ")), role == AttestationItem::RequestRole::Type ? QStringLiteral("type") : QStringLiteral("use"));
        }
    }
    if (r.errors.isEmpty() && kind == QLatin1String("drugs.json")) {
        QHash<QString, QString> owner;
        for (const auto &drug : std::as_const(m_drugs))
            for (const QString &code : drug.hcpcsCodes) {
                if (owner.contains(code) && owner.value(code) != drug.id)
                    r.errors << QStringLiteral("1:1: HCPCS %1 belongs to both drug \"%2\" and drug \"%3\"").arg(code, owner.value(code), drug.id);
                owner.insert(code, drug.id);
            }
    }
    QStringList errors;
    for (const QString &e : std::as_const(r.errors))
        errors << fileName + QLatin1Char(':') + e;
    if (!errors.isEmpty()) {
        const QStringList earlier = m_errors;
        *this = before;
        m_errors = earlier;
    }
    return errors;
}

const Catalog &Catalog::current()
{
    Installed &i = installed();
    if (const Catalog *c = i.current.load())
        return *c;
    static const Catalog *builtInCatalog = install(builtIn());
    const Catalog *expected = nullptr;
    i.current.compare_exchange_strong(expected, builtInCatalog);
    return *i.current.load();
}

void Catalog::setCurrent(Catalog catalog)
{
    installed().current.store(install(std::move(catalog)));
}

Catalog::Scope::Scope(Catalog catalog)
    : m_previous(&Catalog::current())
{
    setCurrent(std::move(catalog));
}

Catalog::Scope::~Scope()
{
    installed().current.store(m_previous);
}

const DrugDefinition *Catalog::drug(const QString &id) const
{
    for (const auto &d : m_drugs)
        if (d.id == id)
            return &d;
    return nullptr;
}

const DrugDefinition *Catalog::drugByHcpcs(const QString &code) const
{
    for (const auto &d : m_drugs)
        if (d.hcpcsCodes.contains(code))
            return &d;
    return nullptr;
}

const DrugDefinition *Catalog::drugByNdc(const QString &ndc) const
{
    QString digits;
    for (QChar c : ndc)
        if (c.isDigit())
            digits.append(c);
    for (const auto &d : m_drugs)
        for (const QString &prefix : d.ndcPrefixes)
            if (digits.startsWith(prefix))
                return &d;
    return nullptr;
}

const DrugDefinition *Catalog::drugByText(const QString &text) const
{
    const QString lower = text.toLower();
    if (lower.isEmpty())
        return nullptr;
    for (const auto &d : m_drugs) {
        const QString name = d.name.toLower();
        if (lower == name || lower.startsWith(name + QLatin1Char(' ')))
            return &d;
    }
    for (const auto &d : m_drugs)
        for (const QString &word : d.textContains)
            if (lower.contains(word))
                return &d;
    return nullptr;
}

const LabDefinition *Catalog::lab(const QString &id) const
{
    for (const auto &l : m_labs)
        if (l.name == id)
            return &l;
    return nullptr;
}

const LabDefinition *Catalog::labByCode(const QString &system, const QString &code) const
{
    const bool loinc = system == QLatin1String("http://loinc.org");
    const bool local = system == QLatin1String("urn:pareview:observation");
    if (!loinc && !local)
        return nullptr;
    for (const auto &l : m_labs)
        if ((loinc ? l.loinc : l.localCodes).contains(code))
            return &l;
    return nullptr;
}

const AttestationItem *Catalog::attestation(const QString &linkId) const
{
    for (const auto &a : m_attestations)
        if (a.linkId == linkId)
            return &a;
    return nullptr;
}

const DiagnosisConcept *Catalog::diagnosis(const QString &id) const
{
    for (const auto &c : m_diagnoses)
        if (c.id == id)
            return &c;
    return nullptr;
}

const PrescriberKind *Catalog::prescriberKind(const QString &id) const
{
    for (const auto &k : m_prescriberKinds)
        if (k.id == id)
            return &k;
    return nullptr;
}

const LineOfBusiness *Catalog::lineOfBusiness(const QString &id) const
{
    for (const auto &l : m_linesOfBusiness)
        if (l.id == id)
            return &l;
    return nullptr;
}

const SpecialRule *Catalog::specialRule(const QString &kind, const QString &is) const
{
    for (const auto &s : m_specialRules)
        if (s.kind == kind && s.is == is)
            return &s;
    return nullptr;
}

const SpecialRule *Catalog::specialRuleByLogic(const QString &logic) const
{
    for (const auto &s : m_specialRules)
        if (s.logic == logic)
            return &s;
    return nullptr;
}

QStringList Catalog::prescriberRuleIds() const
{
    QStringList out;
    for (const auto &s : m_specialRules)
        if (!s.is.isEmpty())
            out << s.is;
    return out;
}

const AttestationItem *Catalog::requestField(AttestationItem::RequestRole role) const
{
    for (const auto &a : m_attestations)
        if (a.role == role)
            return &a;
    return nullptr;
}

QString Catalog::requestFieldId(AttestationItem::RequestRole role) const
{
    const AttestationItem *a = requestField(role);
    return a ? a->linkId : QString();
}

QString Catalog::bodyWeightLab() const
{
    for (const auto &s : m_specialRules)
        if (s.logic == QLatin1String("current-weight"))
            return s.lab(QLatin1String("bodyWeight"));
    return {};
}

QStringList Catalog::drugIds() const
{
    QStringList out;
    for (const auto &d : m_drugs)
        out << d.id;
    return out;
}

QStringList Catalog::labIds() const
{
    QStringList out;
    for (const auto &l : m_labs)
        out << l.name;
    return out;
}

QStringList Catalog::attestationIds() const
{
    QStringList out;
    for (const auto &a : m_attestations)
        out << a.linkId;
    return out;
}

QStringList Catalog::diagnosisIds() const
{
    QStringList out;
    for (const auto &c : m_diagnoses)
        out << c.id;
    return out;
}

QStringList Catalog::lineOfBusinessIds() const
{
    QStringList out;
    for (const auto &l : m_linesOfBusiness)
        out << l.id;
    return out;
}

} // namespace pareview
