#include "store/PayerStore.h"

#include "policy/PolicyLibrary.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Worklist.h"

#include <QSet>

namespace pareview {

namespace {

// "added Aetna; Cigna: aliases Cigna Healthcare → Cigna Healthcare, CIGNA Corp"
QString changes(const PayerTable &before, const PayerTable &after)
{
    QStringList out;
    for (const Payer &p : after.payers()) {
        const Payer *old = before.byId(p.id);
        if (!old) {
            out << QStringLiteral("added %1 (%2; policies %3)")
                       .arg(p.name, p.aliases.join(QStringLiteral(", ")), p.policies.join(QStringLiteral(", ")));
            continue;
        }
        QStringList what;
        if (old->name != p.name)
            what << QStringLiteral("name %1 → %2").arg(old->name, p.name);
        if (old->aliases != p.aliases)
            what << QStringLiteral("aliases %1 → %2").arg(old->aliases.join(QStringLiteral(", ")), p.aliases.join(QStringLiteral(", ")));
        if (old->policies != p.policies)
            what << QStringLiteral("policies %1 → %2").arg(old->policies.join(QStringLiteral(", ")), p.policies.join(QStringLiteral(", ")));
        if (!what.isEmpty())
            out << QStringLiteral("%1: %2").arg(p.name, what.join(QStringLiteral("; ")));
    }
    for (const Payer &p : before.payers())
        if (!after.byId(p.id))
            out << QStringLiteral("removed %1").arg(p.name);
    return out.join(QStringLiteral(" · "));
}

} // namespace

Result<QVector<PayerFilterEntry>> PayerStore::filterEntries(Database &db)
{
    auto table = load(db);
    if (!table)
        return Error{ table.error() };
    auto onCases = Worklist::payers(db); // distinct, through the payer index
    if (!onCases)
        return Error{ onCases.error() };
    QVector<PayerFilterEntry> out;
    for (const Payer &p : table->payers()) {
        PayerFilterEntry e{ p.name, QStringList{ p.name } + p.aliases };
        for (const QString &name : onCases.value())
            if (table->find(name) == &p && !e.caseNames.contains(name))
                e.caseNames << name;
        out.append(e);
    }
    for (const QString &name : onCases.value())
        if (!table->find(name))
            out.append(PayerFilterEntry{ name, { name } });
    return out;
}

Result<PayerTable> PayerStore::load(Database &db)
{
    auto payers = db.exec(QStringLiteral("SELECT id, name FROM payers ORDER BY position, id"));
    if (!payers)
        return Error{ payers.error() };
    QVector<Payer> list;
    while (payers->next())
        list.append(Payer{ payers->value(0).toString(), payers->value(1).toString(), {}, {} });
    auto names = db.exec(QStringLiteral("SELECT payer_id, name FROM payer_names WHERE is_alias = 1 ORDER BY position"));
    if (!names)
        return Error{ names.error() };
    while (names->next())
        for (Payer &p : list)
            if (p.id == names->value(0).toString())
                p.aliases << names->value(1).toString();
    auto policies = db.exec(QStringLiteral("SELECT payer_id, policy_id FROM payer_policies ORDER BY position"));
    if (!policies)
        return Error{ policies.error() };
    while (policies->next())
        for (Payer &p : list)
            if (p.id == policies->value(0).toString())
                p.policies << policies->value(1).toString();
    return PayerTable(list);
}

Status PayerStore::write(Database &db, const PayerTable &table)
{
    for (const char *sql : { "DELETE FROM payer_policies", "DELETE FROM payer_names", "DELETE FROM payers" })
        if (auto r = db.exec(QString::fromLatin1(sql)); !r)
            return Error{ r.error() };
    int position = 0;
    for (const Payer &p : table.payers()) {
        ++position;
        if (auto r = db.exec(QStringLiteral("INSERT INTO payers (id, name, position) VALUES (:id, :name, :pos)"),
                             { { QStringLiteral("id"), p.id }, { QStringLiteral("name"), p.name }, { QStringLiteral("pos"), position } });
            !r)
            return Error{ r.error() };
        const QStringList names = QStringList{ p.name } + p.aliases;
        for (int i = 0; i < names.size(); ++i)
            if (auto r = db.exec(QStringLiteral("INSERT INTO payer_names (name_key, name, payer_id, is_alias, position)"
                                                " VALUES (:k, :n, :p, :a, :pos)"),
                                 { { QStringLiteral("k"), PayerTable::key(names[i]) }, { QStringLiteral("n"), names[i] },
                                   { QStringLiteral("p"), p.id }, { QStringLiteral("a"), i > 0 ? 1 : 0 },
                                   { QStringLiteral("pos"), i } });
                !r)
                return Error{ QStringLiteral("payer %1, name \"%2\": %3").arg(p.name, names[i], r.error()) };
        for (int i = 0; i < p.policies.size(); ++i)
            if (auto r = db.exec(QStringLiteral("INSERT INTO payer_policies (payer_id, policy_id, position) VALUES (:p, :id, :pos)"),
                                 { { QStringLiteral("p"), p.id }, { QStringLiteral("id"), p.policies[i] }, { QStringLiteral("pos"), i } });
                !r)
                return Error{ QStringLiteral("payer %1, policy %2: %3").arg(p.name, p.policies[i], r.error()) };
    }
    return success();
}

Status PayerStore::save(Database &db, const PayerTable &table, const PolicyLibrary &library, const User &actor)
{
    if (actor.role != Role::Administrator) {
        const QString why = QStringLiteral("%1 (%2) may not edit the payer table").arg(actor.name, roleTitle(actor.role));
        Transaction t(db);
        if (t.started() && AuditLog::append(db, { actor.id, actor.name, std::nullopt, QStringLiteral("refused.payers-edit"), why }))
            (void)t.commit();
        return Error{ why };
    }
    if (const QStringList problems = table.problems(&library); !problems.isEmpty())
        return Error{ QStringLiteral("the payer table was not saved: %1").arg(problems.join(QStringLiteral("; "))) };
    Transaction t(db);
    if (!t.started())
        return Error{ t.error() };
    auto before = load(db);
    if (!before)
        return Error{ before.error() };
    const QString what = changes(before.value(), table);
    if (what.isEmpty())
        return success(); // nothing changed: nothing written, nothing audited
    if (auto s = write(db, table); !s)
        return s;
    if (auto s = AuditLog::append(db, { actor.id, actor.name, std::nullopt, QStringLiteral("payers.edit"), what }); !s)
        return s;
    return t.commit();
}

} // namespace pareview
