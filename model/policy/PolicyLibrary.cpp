#include "policy/PolicyLibrary.h"

#include "policy/PolicyLoader.h"

#include <QDir>

// Resources live in a static library: make sure they are registered.
static void initPolicyResources()
{
    Q_INIT_RESOURCE(policies);
}

namespace pareview {

PolicyLibrary PolicyLibrary::builtIn()
{
    initPolicyResources();
    PolicyLibrary library;
    library.m_errors = library.addDirectory(QStringLiteral(":/policies"));
    return library;
}

QStringList PolicyLibrary::addDirectory(const QString &dir)
{
    QStringList errors;
    const QDir d(dir);
    if (!d.exists())
        return {QStringLiteral("%1: no such folder").arg(dir)};
    const auto files = d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files)
        errors << addFile(d.filePath(name));
    return errors;
}

QStringList PolicyLibrary::addFile(const QString &path)
{
    auto result = PolicyLoader::loadFile(path);
    QStringList errors;
    for (const QString &e : std::as_const(result.errors))
        errors << path + QLatin1Char(':') + e;
    if (result.policy)
        add(std::move(*result.policy));
    return errors;
}

void PolicyLibrary::add(Policy policy)
{
    // The same id and effective date again replaces the earlier file: a
    // corrected version from a policy folder overrides the built-in one.
    for (auto &existing : m_policies)
        if (existing.id == policy.id && existing.effective == policy.effective) {
            existing = std::move(policy);
            return;
        }
    m_policies.append(std::move(policy));
}

QStringList PolicyLibrary::ids() const
{
    QStringList out;
    for (const auto &p : m_policies)
        if (!out.contains(p.id))
            out << p.id;
    return out;
}

const Policy *PolicyLibrary::inEffect(const QString &id, const QDate &asOf) const
{
    const Policy *best = nullptr;
    for (const auto &p : m_policies)
        if (p.id == id && p.effective <= asOf && (!best || p.effective > best->effective))
            best = &p;
    return best;
}

QVector<const Policy *> PolicyLibrary::versions(const QString &id) const
{
    QVector<const Policy *> out;
    for (const auto &p : m_policies)
        if (p.id == id)
            out.append(&p);
    std::sort(out.begin(), out.end(), [](const Policy *a, const Policy *b) { return a->effective < b->effective; });
    return out;
}

QStringList PolicyLibrary::attestationItems(const QString &drug, const QDate &asOf) const
{
    QStringList out;
    for (const QString &id : ids())
        if (const Policy *p = inEffect(id, asOf); p && p->coversDrug(drug))
            for (const QString &item : p->attestationItems())
                if (!out.contains(item))
                    out << item;
    return out;
}

} // namespace pareview
