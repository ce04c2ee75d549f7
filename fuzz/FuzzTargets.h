#pragma once

// What each fuzz target does with one input and what it demands of the
// answer. Shared by the libFuzzer executables (fuzz/fuzz_*.cpp, clang only)
// and the corpus replay in the normal test suite (tests/tst_fuzzcorpus.cpp),
// so a file that crashed the fuzzer is replayed through exactly the same
// calls.
//
// Each check returns an empty string when the model handled the input
// correctly, or what was wrong. A crash, a sanitizer report or an exception
// escaping the model is caught by the fuzzer (or kills the test) on its own;
// the checks add the contract of the model API:
//   - FhirImporter::import: either facts, or a Result error whose message
//     is not empty, is valid UTF-16 and names where ("line L, column C" or
//     the size limit).
//   - PolicyLoader::load: a policy and no errors, or no policy and at least
//     one error, each valid UTF-16 and "LINE:COL: message".
//   - detectContentType: one of the seven documented types, a magic number
//     type only when the bytes start with it, and never text with a NUL in
//     the 64 KiB it samples.

#include "intake/FhirImporter.h"
#include "policy/PolicyLoader.h"
#include "store/ContentType.h"

#include <QByteArray>
#include <QDate>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace pareview::fuzz {

// Target names: fuzz/corpus/<name>/, fuzz/regressions/<name>/, fuzz_<name>.
inline QStringList targetNames()
{
    return { QStringLiteral("fhir_import"), QStringLiteral("policy_load"), QStringLiteral("content_type") };
}

// A fixed "today", so a run does not depend on the calendar.
inline QDate fuzzToday()
{
    return QDate(2026, 11, 21);
}

inline QString checkFhirImport(const QByteArray &data)
{
    const auto facts = FhirImporter::import(data, fuzzToday());
    if (facts.ok())
        return {};
    const QString &message = facts.error();
    if (message.trimmed().isEmpty())
        return QStringLiteral("FhirImporter::import refused the bundle with an empty message");
    if (!message.isValidUtf16())
        return QStringLiteral(
                   "FhirImporter::import refused the bundle with a message that is not valid UTF-16: ")
            + message;
    static const QRegularExpression where(QStringLiteral("line \\d+, column \\d+"));
    if (!where.match(message).hasMatch() && !message.startsWith(QLatin1String("bundle of ")))
        return QStringLiteral("FhirImporter::import refused the bundle without saying where: ") + message;
    return {};
}

inline QString checkPolicyLoad(const QByteArray &data)
{
    const PolicyLoadResult result = PolicyLoader::load(data, QStringLiteral("fuzz.json"));
    if (result.policy && !result.errors.isEmpty())
        return QStringLiteral("PolicyLoader::load returned a policy together with errors: ")
            + result.errors.join(QStringLiteral(" | "));
    if (!result.policy && result.errors.isEmpty())
        return QStringLiteral("PolicyLoader::load returned neither a policy nor an error");
    static const QRegularExpression lineColumn(QStringLiteral("^\\d+:\\d+: \\S"));
    for (const QString &error : result.errors) {
        if (!error.isValidUtf16())
            return QStringLiteral("PolicyLoader::load error that is not valid UTF-16: ") + error;
        if (!lineColumn.match(error).hasMatch())
            return QStringLiteral("PolicyLoader::load error without LINE:COL: ") + error;
    }
    return {};
}

inline QString checkContentType(const QByteArray &bytes)
{
    const QString type = detectContentType(bytes);
    static const QStringList known = {
        QStringLiteral("application/pdf"),
        QStringLiteral("image/png"),
        QStringLiteral("image/jpeg"),
        QStringLiteral("image/gif"),
        QStringLiteral("image/tiff"),
        QStringLiteral("text/plain"),
        QStringLiteral("application/octet-stream"),
    };
    if (!known.contains(type))
        return QStringLiteral("detectContentType returned an undocumented type: ") + type;
    if (type == QLatin1String("application/pdf") && !bytes.startsWith("%PDF-"))
        return QStringLiteral("detectContentType called bytes without %PDF- a PDF");
    if (type == QLatin1String("image/png") && !bytes.startsWith("\x89PNG"))
        return QStringLiteral("detectContentType called bytes without the PNG signature a PNG");
    // Text is judged on the first 64 KiB only (ContentType.cpp, by design: an
    // attachment may be 100 MB); a NUL there means it is not text.
    if (type == QLatin1String("text/plain") && bytes.left(64 * 1024).contains('\0'))
        return QStringLiteral("detectContentType called bytes with a NUL in the first 64 KiB text");
    return {};
}

// Runs the named target's check; an unknown name is itself a problem.
inline QString check(const QString &target, const QByteArray &data)
{
    if (target == QLatin1String("fhir_import"))
        return checkFhirImport(data);
    if (target == QLatin1String("policy_load"))
        return checkPolicyLoad(data);
    if (target == QLatin1String("content_type"))
        return checkContentType(data);
    return QStringLiteral("no fuzz target named ") + target;
}

} // namespace pareview::fuzz
