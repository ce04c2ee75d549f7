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
    // Exactly prepareIssue(), Letters::render(), storeIssued().
    static Result<IssuedLetter> issue(Database &db, qint64 appealId, const LetterOptions &options, const User &actor);

    // issue() in three steps, as Letters::prepareIssue / storeIssued: the
    // store read here (the letter issued before, or what the one to issue
    // is written from; refusals audited), Letters::render() anywhere, and
    // the letter stored in one short transaction on the caller's
    // connection, refused when the appeal or its case changed in between.
    static Result<Letters::Pending> prepareIssue(Database &db, qint64 appealId, const LetterOptions &options, const User &actor);
    static Result<IssuedLetter> storeIssued(Database &db, const Letters::Pending &pending, const User &actor);

    // Every letter issued for an appeal, oldest first, bytes checked.
    static Result<QVector<IssuedLetter>> issued(Database &db, qint64 appealId);
    // The letters of the appeal that `caseId` is and of the appeals filed
    // against it, oldest first, bytes checked: the case's Letters tab.
    static Result<QVector<IssuedLetter>> forCase(Database &db, qint64 caseId);
    // One issued appeal letter's stored bytes (its id in appeal_letters),
    // checked against their SHA-256 (a mismatch is refused), for saving or
    // printing; audited as letter.export.
    static Result<IssuedLetter> exportIssued(Database &db, qint64 letterId, const User &actor);
};

} // namespace pareview
