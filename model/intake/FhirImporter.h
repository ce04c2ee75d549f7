#pragma once

// Reads a FHIR R4 intake bundle (../shared/spec/intake-bundle.md) into
// CaseFacts. The whole bundle is checked before anything is returned: a bad
// bundle yields an error naming the entry and the field, and no facts.

#include "core/Result.h"
#include "intake/CaseFacts.h"

#include <QByteArray>
#include <QDate>

namespace pareview {

class FhirImporter
{
public:
    // Bundles larger than this are refused before parsing.
    static constexpr qint64 MaxBundleBytes = qint64(256) * 1024 * 1024;

    // `today` is used when the bundle carries no timestamp, to refuse birth
    // dates in the future.
    static Result<CaseFacts> import(const QByteArray &json, const QDate &today = QDate::currentDate());

    // Names the bundle every imported fact came from, and who imported it:
    // "hg-01.json entry[7] Observation 1742-6, imported by nurse". `bundle`
    // is the file's name as people know it (no folder).
    static void attribute(CaseFacts &facts, const QString &bundle, const QString &importedBy);
};

} // namespace pareview
