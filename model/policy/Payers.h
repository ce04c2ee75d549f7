#pragma once

// The payer table: each payer under its name and the other names cases
// carry for it ("Cigna", "Cigna Healthcare" are one payer), and the policies
// it reviews under. PHARMACY-109 names no payer: it applies only where this
// table says so. The defaults ship as resources/catalog/payers.json and seed
// the store, where an administrator edits them (store/PayerStore).

#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace pareview {

class PolicyLibrary;

struct Payer
{
    QString id;          // "cigna"
    QString name;        // "Cigna"
    QStringList aliases; // "Cigna Healthcare", …
    QStringList policies; // policy ids, in the order offered
};

class PayerTable
{
public:
    PayerTable() = default;
    explicit PayerTable(QVector<Payer> payers);

    // Reads the strict-JSON table; errors name the file (`what`), line and field.
    static Result<PayerTable> parse(const QByteArray &data, const QString &what);
    static Result<PayerTable> fromFile(const QString &path);
    // The shipped defaults (":/catalog/payers.json"), for stores being
    // created and for `pareview evaluate`, which has no store.
    static PayerTable builtIn();

    const QVector<Payer> &payers() const { return m_payers; }
    bool isEmpty() const { return m_payers.isEmpty(); }

    // The payer a case's payer name means (its name or an alias; case,
    // spacing and punctuation spacing ignored), or nullptr.
    const Payer *find(const QString &payerName) const;
    const Payer *byId(const QString &id) const;
    // What two names are compared by: lower case, runs of spaces as one.
    static QString key(const QString &name);

    // Ids unique and well formed, names present, no name or alias claimed by
    // two payers, and (with a library) every policy id known. The errors,
    // each naming the payer.
    QStringList problems(const PolicyLibrary *library = nullptr) const;

    QByteArray toJson() const;

private:
    QVector<Payer> m_payers;
    // Each name's and alias's key to its payer (the first payer that
    // claims it, as a scan in table order finds): find() runs for every
    // request evaluated.
    QHash<QString, qsizetype> m_indexByKey;
};

} // namespace pareview
