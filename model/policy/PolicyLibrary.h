#pragma once

// Every policy version pareview knows: the ones built into the program and
// any a pharmacist added in a policy folder. Picks the version in effect on
// a case's as-of date.

#include "policy/Policy.h"

#include <QStringList>
#include <QVector>

namespace pareview {

class PolicyLibrary
{
public:
    // The built-in policies (Qt resources ":/policies"). A broken built-in
    // file is a programming error and is reported in loadErrors().
    static PolicyLibrary builtIn();

    // Adds every *.json in `dir`; returns the errors ("FILE:LINE:COL: …").
    QStringList addDirectory(const QString &dir);
    QStringList addFile(const QString &path);
    void add(Policy policy);

    // Distinct policy ids, in the order first added.
    QStringList ids() const;
    // The version of `id` in effect on `asOf`, or nullptr.
    const Policy *inEffect(const QString &id, const QDate &asOf) const;
    // All versions of `id`, oldest first.
    QVector<const Policy *> versions(const QString &id) const;
    bool contains(const QString &id) const { return ids().contains(id); }
    // The attestation items the policies covering `drug` (any version in
    // effect on `asOf`) ask about; empty for a drug no policy covers.
    QStringList attestationItems(const QString &drug, const QDate &asOf) const;

    const QStringList &loadErrors() const { return m_errors; }

private:
    QVector<Policy> m_policies;
    QStringList m_errors;
};

} // namespace pareview
