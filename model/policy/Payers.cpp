#include "policy/Payers.h"

#include "json/JsonWriter.h"
#include "json/StrictJson.h"
#include "policy/PolicyLibrary.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace pareview {

namespace {

const QString kFormat = QStringLiteral("pareview-payers/1");

QString at(const json::Value &v)
{
    return QStringLiteral("line %1, column %2").arg(v.line()).arg(v.column());
}

} // namespace

QString PayerTable::key(const QString &name)
{
    return name.simplified().toLower();
}

Result<PayerTable> PayerTable::parse(const QByteArray &data, const QString &what)
{
    auto parsed = json::parse(data);
    if (!parsed)
        return Error{ QStringLiteral("%1: %2").arg(what, parsed.error()) };
    const json::Value &root = *parsed.value();
    auto fail = [&](const json::Value &v, const QString &message) {
        return Error{ QStringLiteral("%1: %2: %3").arg(what, at(v), message) };
    };
    if (!root.isObject())
        return fail(root, QStringLiteral("a payer table is an object with \"format\" and \"payers\""));
    for (const auto &m : root.members())
        if (m.first != QLatin1String("format") && m.first != QLatin1String("payers"))
            return fail(*m.second, QStringLiteral("unknown key \"%1\"").arg(m.first.toString()));
    const json::Value *format = root.find(QLatin1StringView("format"));
    if (!format || !format->isString() || format->toString() != kFormat)
        return fail(format ? *format : root, QStringLiteral("\"format\" must be \"%1\"").arg(kFormat));
    const json::Value *list = root.find(QLatin1StringView("payers"));
    if (!list || !list->isArray())
        return fail(list ? *list : root, QStringLiteral("\"payers\" must be an array"));

    QVector<Payer> payers;
    for (int i = 0; i < list->size(); ++i) {
        const json::Value &e = list->at(i);
        const QString where = QStringLiteral("payers[%1]").arg(i);
        if (!e.isObject())
            return fail(e, QStringLiteral("%1 must be an object").arg(where));
        Payer p;
        for (const auto &m : e.members()) {
            const json::Value &v = *m.second;
            const QString key = m.first.toString();
            if (m.first == QLatin1String("id") || m.first == QLatin1String("name")) {
                if (!v.isString())
                    return fail(v, QStringLiteral("%1.%2 must be a string").arg(where, key));
                (m.first == QLatin1String("id") ? p.id : p.name) = v.toString();
            } else if (m.first == QLatin1String("aliases") || m.first == QLatin1String("policies")) {
                if (!v.isArray())
                    return fail(v, QStringLiteral("%1.%2 must be an array of strings").arg(where, key));
                QStringList &out = m.first == QLatin1String("aliases") ? p.aliases : p.policies;
                for (int j = 0; j < v.size(); ++j) {
                    if (!v.at(j).isString())
                        return fail(v.at(j), QStringLiteral("%1.%2[%3] must be a string").arg(where, key).arg(j));
                    out << v.at(j).toString();
                }
            } else {
                return fail(v, QStringLiteral("%1: unknown key \"%2\"").arg(where, key));
            }
        }
        payers.append(p);
    }
    PayerTable table(payers);
    const QStringList problems = table.problems();
    if (!problems.isEmpty())
        return Error{ QStringLiteral("%1: %2").arg(what, problems.join(QStringLiteral("; "))) };
    return table;
}

Result<PayerTable> PayerTable::fromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ QStringLiteral("cannot read payer table %1: %2").arg(path, f.errorString()) };
    return parse(f.readAll(), path);
}

PayerTable PayerTable::builtIn()
{
    // Shipped with the program and checked by tst_policychoice: a broken
    // file is a programming error, and an empty table then makes every
    // policy for the drug apply, as for a payer the table does not know.
    auto table = fromFile(QStringLiteral(":/catalog/payers.json"));
    if (!table) {
        qWarning("built-in payer table: %s", qPrintable(table.error()));
        return {};
    }
    return table.value();
}

PayerTable::PayerTable(QVector<Payer> payers)
    : m_payers(std::move(payers))
{
    // The first payer that claims a key keeps it, as a scan in table order
    // would find it.
    const auto claim = [this](const QString &name, qsizetype index) {
        const QString k = key(name);
        if (!m_indexByKey.contains(k))
            m_indexByKey.insert(k, index);
    };
    for (qsizetype i = 0; i < m_payers.size(); ++i) {
        claim(m_payers[i].name, i);
        for (const QString &alias : std::as_const(m_payers[i].aliases))
            claim(alias, i);
    }
}

const Payer *PayerTable::find(const QString &payerName) const
{
    const QString k = key(payerName);
    if (k.isEmpty())
        return nullptr;
    const auto it = m_indexByKey.constFind(k);
    return it == m_indexByKey.cend() ? nullptr : &m_payers[*it];
}

const Payer *PayerTable::byId(const QString &id) const
{
    for (const Payer &p : m_payers)
        if (p.id == id)
            return &p;
    return nullptr;
}

QStringList PayerTable::problems(const PolicyLibrary *library) const
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    QStringList out;
    QHash<QString, QString> ids;   // id -> name
    QHash<QString, QString> names; // name or alias key -> payer
    for (const Payer &p : m_payers) {
        const QString who = p.name.isEmpty() ? QStringLiteral("payer \"%1\"").arg(p.id) : QStringLiteral("payer \"%1\"").arg(p.name);
        if (!idPattern.match(p.id).hasMatch())
            out << QStringLiteral("%1: id \"%2\" must be lower-case letters, digits and dashes").arg(who, p.id);
        else if (ids.contains(p.id))
            out << QStringLiteral("%1: id \"%2\" is also the id of \"%3\"").arg(who, p.id, ids.value(p.id));
        ids.insert(p.id, p.name);
        if (p.name.trimmed().isEmpty())
            out << QStringLiteral("%1: the name is empty").arg(who);
        const QStringList all = QStringList{ p.name } + p.aliases;
        for (int i = 0; i < all.size(); ++i) {
            const QString k = key(all[i]);
            if (k.isEmpty()) {
                if (i > 0)
                    out << QStringLiteral("%1: an alias is empty").arg(who);
                continue;
            }
            if (names.contains(k))
                out << (names.value(k) == p.name ? QStringLiteral("%1: \"%2\" is listed twice").arg(who, all[i])
                                                 : QStringLiteral("%1: \"%2\" already names payer \"%3\"").arg(who, all[i], names.value(k)));
            names.insert(k, p.name);
        }
        QStringList seen;
        for (const QString &id : p.policies) {
            if (seen.contains(id))
                out << QStringLiteral("%1: policy %2 is listed twice").arg(who, id);
            seen << id;
            if (library && !library->contains(id))
                out << QStringLiteral("%1: there is no policy \"%2\" (known: %3)")
                           .arg(who, id, library->ids().join(QStringLiteral(", ")));
        }
    }
    return out;
}

QByteArray PayerTable::toJson() const
{
    auto list = [](const QStringList &items) {
        QStringList quoted;
        for (const QString &s : items)
            quoted << json::Writer::quote(s);
        return QStringLiteral("[%1]").arg(quoted.join(QStringLiteral(", ")));
    };
    QStringList entries;
    for (const Payer &p : m_payers)
        entries << QStringLiteral("    {\n      \"id\": %1,\n      \"name\": %2,\n      \"aliases\": %3,\n      \"policies\": %4\n    }")
                       .arg(json::Writer::quote(p.id), json::Writer::quote(p.name), list(p.aliases), list(p.policies));
    return QStringLiteral("{\n  \"format\": %1,\n  \"payers\": [\n%2\n  ]\n}\n")
        .arg(json::Writer::quote(kFormat), entries.join(QStringLiteral(",\n")))
        .toUtf8();
}

} // namespace pareview
