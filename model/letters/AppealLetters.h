#pragma once

// The letters of appeals (store/Appeals.h), one per outcome and language
// (resources/letters/appeal-<outcome>.<language>.html): overturned, partly
// overturned, upheld (with the next level for the line of business: the
// independent review entity it was forwarded to, the state fair hearing, or
// external review, and its window), dismissed, withdrawn. Issued once per
// language like a determination letter: the exact PDF and its SHA-256
// stored in appeal_letters with an audit row in one transaction; exporting
// again gives those bytes.

#include "core/Result.h"
#include "letters/Letters.h"

namespace pareview {

class Database;

class AppealLetters
{
public:
    // The letter of a decided appeal, not stored (what the window previews). Audited as a read.
    static Result<LetterDraft> preview(Database &db, qint64 appealId, const LetterOptions &options, const User &actor);
    // Issued now (stored, audited as letter.issue, the appeal's case moved
    // to letter-issued), or its stored bytes when issued before (letter.export).
    static Result<IssuedLetter> issue(Database &db, qint64 appealId, const LetterOptions &options, const User &actor);
    // Every letter issued for an appeal, oldest first, bytes checked.
    static Result<QVector<IssuedLetter>> issued(Database &db, qint64 appealId);
};

} // namespace pareview
