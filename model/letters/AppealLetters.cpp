#include "letters/AppealLetters.h"

#include "intake/DrugCatalog.h"
#include "letters/CriteriaSnapshot.h"
#include "letters/LetterTemplate.h"
#include "letters/PhraseBook.h"
#include "store/Appeals.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"

#include <QTextDocumentFragment>

namespace pareview {

namespace {

using letters::PhraseBook;

Status audit(Database &db, const User &actor, qint64 caseId, const QString &action, const QString &detail)
{
    Transaction t(db);
    if (!t.started())
        return Error{t.error()};
    if (auto s = AuditLog::append(db, {actor.id > 0 ? std::optional<qint64>(actor.id) : std::nullopt, actor.name, caseId, action, detail}); !s)
        return s;
    return t.commit();
}

Error refuse(Database &db, const User &actor, qint64 caseId, const QString &why)
{
    (void)audit(db, actor, caseId, QStringLiteral("refused.letter"), why);
    return Error{why};
}

QString signature(const User &u)
{
    const QString name = u.displayName.isEmpty() ? u.name : u.displayName;
    return u.credentials.isEmpty() ? name : QStringLiteral("%1, %2").arg(name, u.credentials);
}

std::optional<QString> metaValue(Database &db, const QString &key)
{
    auto q = db.exec(QStringLiteral("SELECT value FROM meta WHERE key = :k"), {{QStringLiteral("k"), key}});
    if (q && q->next())
        return q->value(0).toString();
    return std::nullopt;
}

QVariantList paragraphs(const QString &text)
{
    QVariantList out;
    for (const QString &p : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!p.trimmed().isEmpty())
            out.append(QVariantMap{{QStringLiteral("text"), p.trimmed()}});
    return out;
}

Result<LetterDraft> compose(Database &db, const Appeal &a, const LetterOptions &options)
{
    auto bookResult = PhraseBook::builtIn();
    if (!bookResult)
        return Error{bookResult.error()};
    const PhraseBook &book = *bookResult.value();
    if (a.open())
        return Error{QStringLiteral("appeal %1 is not decided yet: record its outcome before writing its letter").arg(a.reference)};
    auto q = db.exec(QStringLiteral("SELECT language, payer, plan, member_name, member_id, prescriber_name, prescriber_npi, drug, drug_text,"
                                    " hcpcs FROM cases WHERE id = :id"),
                     {{QStringLiteral("id"), a.caseId}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return Error{QStringLiteral("no case %1").arg(a.caseId)};
    const QString language = options.language.isEmpty() ? q->value(0).toString() : options.language;
    if (!letters::letterLanguages().contains(language))
        return Error{QStringLiteral("letters are written in %1, not \"%2\"").arg(letters::letterLanguages().join(QStringLiteral(" or ")), language)};
    auto decider = Users::byId(db, a.decidedBy);
    if (!decider)
        return Error{QStringLiteral("appeal %1: %2").arg(a.reference, decider.error())};
    const bool clinical = a.outcome != QLatin1String("withdrawn") && a.outcome != QLatin1String("dismissed");
    if (clinical && (decider->role != Role::MedicalDirector || decider->credentials.trimmed().isEmpty()))
        return Error{QStringLiteral("appeal %1 was decided by %2, not by a medical director with credentials on file: its letter "
                                    "names the medical director who decided it")
                         .arg(a.reference, decider->name)};
    const auto misc = [&](const QString &key) { return book.text(QStringLiteral("misc"), key, language); };
    const QDate date = options.date.isValid() ? options.date : QDate::currentDate();
    const QString drug = q->value(8).toString().isEmpty() ? DrugCatalog::name(q->value(7).toString()) : q->value(8).toString();

    QVariantMap v;
    v.insert(QStringLiteral("language"), language);
    v.insert(QStringLiteral("draft_mark"), QString());
    v.insert(QStringLiteral("payer"), q->value(1).toString());
    v.insert(QStringLiteral("plan"), q->value(2).toString());
    v.insert(QStringLiteral("letter_date"), PhraseBook::longDate(date, language));
    v.insert(QStringLiteral("case_reference"), a.reference);
    v.insert(QStringLiteral("member_name"), q->value(3).toString());
    v.insert(QStringLiteral("member_id"), q->value(4).toString());
    v.insert(QStringLiteral("prescriber_name"), q->value(5).toString());
    v.insert(QStringLiteral("prescriber_npi"), q->value(6).toString());
    v.insert(QStringLiteral("drug_name"), drug);
    const DrugDefinition *def = DrugCatalog::byId(q->value(7).toString());
    v.insert(QStringLiteral("drug_hcpcs"), !q->value(9).toString().isEmpty() ? q->value(9).toString() : def ? def->hcpcs : QString());
    v.insert(QStringLiteral("appeal_reference"), a.reference);
    v.insert(QStringLiteral("original_reference"), a.originalReference);
    v.insert(QStringLiteral("appealed_decision"),
             misc(QStringLiteral("appeal.appealed.%1").arg(a.appealedOutcome)).arg(PhraseBook::longDate(a.noticeAt.date(), language)));
    QString filer = misc(QStringLiteral("appeal.filer.%1").arg(a.filedBy));
    if (filer.contains(QLatin1String("%1")))
        filer = filer.arg(q->value(5).toString());
    v.insert(QStringLiteral("filed_by"), filer);
    v.insert(QStringLiteral("received_date"), PhraseBook::longDate(a.received.date(), language));
    v.insert(QStringLiteral("expedited"), a.priority == QLatin1String("expedited"));
    v.insert(QStringLiteral("decision"), misc(QStringLiteral("appeal.decision.%1").arg(a.outcome)));
    v.insert(QStringLiteral("decided_by_label"), clinical ? misc(QStringLiteral("decidedBy")) : misc(QStringLiteral("appeal.recordedBy")));
    v.insert(QStringLiteral("decider_signature"), signature(*decider));
    v.insert(QStringLiteral("decider_role"), book.text(QStringLiteral("roles"), roleName(decider->role), language));
    v.insert(QStringLiteral("decision_date"), PhraseBook::longDate(a.decidedAt.date(), language));
    v.insert(QStringLiteral("replaces"), QString());
    v.insert(QStringLiteral("explanation"), paragraphs(a.outcomeReason));
    QString contact = options.contactLine;
    if (contact.isEmpty())
        contact = metaValue(db, QStringLiteral("letters.contact.%1").arg(language)).value_or(misc(QStringLiteral("contact")));
    v.insert(QStringLiteral("contact_line"), contact);
    v.insert(QStringLiteral("title"), misc(QStringLiteral("appeal.title.%1").arg(a.outcome)).arg(a.reference));

    if (a.newDeterminationId) {
        auto dets = Review::determinations(db, a.originalCaseId);
        if (!dets)
            return Error{dets.error()};
        for (const StoredDetermination &d : dets.value())
            if (d.id == *a.newDeterminationId) {
                // A quantity the evaluation wrote is worded from its finding; one a person typed, as typed.
                const auto snapshot = letters::CriteriaSnapshot::parse(d.criteriaSnapshot);
                v.insert(QStringLiteral("quantity"), snapshot ? snapshot->quantityText(d.quantity, language, book)
                                                              : book.quantity(d.quantity, language).text);
                v.insert(QStringLiteral("approval_start"), PhraseBook::longDate(d.approvalStart, language));
                v.insert(QStringLiteral("approval_end"), PhraseBook::longDate(d.approvalEnd, language));
            }
    }
    // The next level after an upheld (or partly upheld) appeal, for the line of business.
    const bool nextLevel = a.outcome == QLatin1String("upheld") || a.outcome == QLatin1String("partly-overturned");
    QString level = a.nextLevel;
    std::optional<int> levelDays;
    if (nextLevel) {
        auto rule = Appeals::filingRule(db, a.lineOfBusiness);
        if (!rule)
            return Error{QStringLiteral("appeal %1: %2: its letter cannot state the next level").arg(a.reference, rule.error())};
        if (level.isEmpty())
            level = rule->nextLevel;
        levelDays = rule->nextLevelDays;
    }
    const bool ire = nextLevel && level == QLatin1String("independent-review-entity");
    if (ire && a.outcome == QLatin1String("upheld") && !a.forwardedAt.isValid())
        return Error{QStringLiteral("appeal %1 was upheld but its forwarding to the independent review entity is not recorded").arg(a.reference)};
    if (nextLevel && !ire && !levelDays)
        return Error{QStringLiteral("appeal %1: the table appeal_rules gives no window for the %2 of the line of business \"%3\"")
                         .arg(a.reference, level, a.lineOfBusiness)};
    v.insert(QStringLiteral("ire"), ire);
    v.insert(QStringLiteral("fair_hearing"), nextLevel && level == QLatin1String("state-fair-hearing"));
    v.insert(QStringLiteral("external_review"), nextLevel && level == QLatin1String("external-review"));
    v.insert(QStringLiteral("forwarded_date"), a.forwardedAt.isValid() ? PhraseBook::longDate(a.forwardedAt.date(), language) : QString());
    v.insert(QStringLiteral("forward_due"), a.forwardDue.isValid() ? PhraseBook::longDate(a.forwardDue.date(), language) : QString());
    v.insert(QStringLiteral("next_level_days"), levelDays ? QString::number(*levelDays) : QString());
    v.insert(QStringLiteral("next_level_deadline"), levelDays ? PhraseBook::longDate(date.addDays(*levelDays), language) : QString());

    const QString templateName = QStringLiteral("appeal-%1").arg(a.outcome);
    v.insert(QStringLiteral("glossary"), QVariantList());
    v.insert(QStringLiteral("has_glossary"), false);
    auto html = letters::renderTemplate(templateName, v, language);
    if (!html)
        return Error{html.error()};
    QVariantList glossary;
    for (const letters::Gloss &g : book.glossary(QTextDocumentFragment::fromHtml(*html).toPlainText(), language))
        glossary.append(QVariantMap{{QStringLiteral("term"), g.term}, {QStringLiteral("meaning"), g.meaning}});
    v.insert(QStringLiteral("glossary"), glossary);
    v.insert(QStringLiteral("has_glossary"), !glossary.isEmpty());
    html = letters::renderTemplate(templateName, v, language);
    if (!html)
        return Error{html.error()};
    auto css = letters::letterResource(QStringLiteral("letter.css"));
    if (!css)
        return Error{css.error()};

    letters::PdfOptions pdf;
    pdf.paper = letters::Paper::Letter;
    if (options.paper)
        pdf.paper = *options.paper;
    else if (const auto stored = metaValue(db, QStringLiteral("letters.paper")))
        pdf.paper = letters::paperFromName(*stored).value_or(letters::Paper::Letter);
    pdf.title = v.value(QStringLiteral("title")).toString();
    pdf.date = date;
    pdf.footerLeft = misc(QStringLiteral("footer")).arg(a.reference);
    pdf.pageOfPages = misc(QStringLiteral("pageOfPages"));
    pdf.styleSheet = QString::fromUtf8(*css);

    LetterDraft draft;
    draft.language = language;
    draft.caseId = a.caseId;
    draft.caseReference = a.reference;
    draft.date = date;
    draft.values = v;
    draft.html = *html;
    draft.pdfOptions = pdf;
    if (auto s = Letters::render(draft); !s)
        return Error{s.error()};
    return draft;
}

const char *kSelect = "SELECT l.id, a.case_id, l.language, l.pdf, l.sha256, l.issued_by, l.issued_at,"
                      " COALESCE(NULLIF(u.display_name, ''), u.name), l.outcome"
                      " FROM appeal_letters l JOIN appeals a ON a.id = l.appeal_id LEFT JOIN users u ON u.id = l.issued_by";

Result<IssuedLetter> fromRow(QSqlQuery &q)
{
    IssuedLetter l;
    l.id = q.value(0).toLongLong();
    l.caseId = q.value(1).toLongLong();
    l.language = q.value(2).toString();
    l.pdf = q.value(3).toByteArray();
    l.sha256 = q.value(4).toString();
    l.issuedBy = q.value(5).toLongLong();
    l.issuedAt = q.value(6).toString();
    l.issuedByName = q.value(7).toString();
    l.kind = QStringLiteral("appeal-%1").arg(q.value(8).toString());
    if (CaseStore::sha256Hex(l.pdf) != l.sha256)
        return Error{QStringLiteral("appeal letter %1 does not match its SHA-256: its stored bytes were changed after it was issued").arg(l.id)};
    return l;
}

Result<std::optional<IssuedLetter>> stored(Database &db, qint64 appealId, const QString &language)
{
    auto q = db.exec(QStringLiteral("%1 WHERE l.appeal_id = :a AND l.language = :l").arg(QLatin1String(kSelect)),
                     {{QStringLiteral("a"), appealId}, {QStringLiteral("l"), language}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<IssuedLetter>();
    auto l = fromRow(*q);
    if (!l)
        return Error{l.error()};
    return std::optional<IssuedLetter>(l.value());
}

} // namespace

Result<LetterDraft> AppealLetters::preview(Database &db, qint64 appealId, const LetterOptions &options, const User &actor)
{
    auto a = Appeals::byId(db, appealId);
    if (!a)
        return Error{a.error()};
    if (!Letters::mayIssue(actor))
        return refuse(db, actor, a->caseId, QStringLiteral("%1 (%2) may not write letters").arg(actor.name, roleTitle(actor.role)));
    auto draft = compose(db, a.value(), options);
    if (!draft)
        return refuse(db, actor, a->caseId, draft.error());
    if (auto s = audit(db, actor, a->caseId, QStringLiteral("letter.preview"), QStringLiteral("%1 (%2)").arg(a->reference, draft->language)); !s)
        return Error{s.error()};
    return draft;
}

Result<IssuedLetter> AppealLetters::issue(Database &db, qint64 appealId, const LetterOptions &options, const User &actor)
{
    auto a = Appeals::byId(db, appealId);
    if (!a)
        return Error{a.error()};
    if (!Letters::mayExport(actor))
        return refuse(db, actor, a->caseId, QStringLiteral("%1 (%2) may not issue or export letters").arg(actor.name, roleTitle(actor.role)));
    auto summary = CaseStore::summary(db, a->caseId);
    if (!summary)
        return Error{summary.error()};
    auto langQuery = db.exec(QStringLiteral("SELECT language FROM cases WHERE id = :id"), {{QStringLiteral("id"), a->caseId}});
    const QString language = !options.language.isEmpty() ? options.language
                             : (langQuery && langQuery->next()) ? langQuery->value(0).toString()
                                                                : QStringLiteral("en");
    auto before = stored(db, appealId, language);
    if (!before)
        return Error{before.error()};
    if (before.value()) {
        if (auto s = audit(db, actor, a->caseId, QStringLiteral("letter.export"),
                           QStringLiteral("appeal letter %1 (%2), sha256 %3").arg(before.value()->id).arg(language, before.value()->sha256));
            !s)
            return Error{s.error()};
        return *before.value();
    }
    if (!Letters::mayIssue(actor))
        return refuse(db, actor, a->caseId,
                      QStringLiteral("%1 (%2) may export letters already issued, but not issue one: appeal %3 has no %4 letter yet")
                          .arg(actor.name, roleTitle(actor.role), a->reference, language));
    LetterOptions o = options;
    o.language = language;
    auto draft = compose(db, a.value(), o);
    if (!draft)
        return refuse(db, actor, a->caseId, draft.error());
    const QString sha = CaseStore::sha256Hex(draft->pdf);
    const QString at = Database::storedTime(QDateTime::currentDateTimeUtc());
    Transaction t(db);
    if (!t.started())
        return Error{t.error()};
    auto insert = db.exec(QStringLiteral("INSERT INTO appeal_letters (appeal_id, language, outcome, pdf, sha256, issued_by, issued_at)"
                                         " VALUES (:a, :l, :o, :pdf, :sha, :by, :at)"),
                          {{QStringLiteral("a"), appealId}, {QStringLiteral("l"), language}, {QStringLiteral("o"), a->outcome},
                           {QStringLiteral("pdf"), draft->pdf}, {QStringLiteral("sha"), sha}, {QStringLiteral("by"), actor.id},
                           {QStringLiteral("at"), at}});
    if (!insert)
        return Error{insert.error()};
    if (summary->status == QLatin1String("determined")) {
        auto u = db.exec(QStringLiteral("UPDATE cases SET status = 'letter-issued', row_version = row_version + 1, updated_at = :at"
                                        " WHERE id = :id AND row_version = :v"),
                         {{QStringLiteral("at"), at}, {QStringLiteral("id"), a->caseId}, {QStringLiteral("v"), summary->rowVersion}});
        if (!u)
            return Error{u.error()};
        if (u->numRowsAffected() != 1)
            return Error{QStringLiteral("case %1 was changed by someone else meanwhile: write its letter again").arg(a->reference)};
    }
    if (auto s = AuditLog::append(db, {actor.id, actor.name, a->caseId, QStringLiteral("letter.issue"),
                                       QStringLiteral("appeal %1 %2 (%3), %4 pages, sha256 %5")
                                           .arg(a->reference, a->outcome, language)
                                           .arg(draft->pages)
                                           .arg(sha)});
        !s)
        return Error{s.error()};
    if (auto s = t.commit(); !s)
        return Error{s.error()};
    auto issued = stored(db, appealId, language);
    if (!issued || !issued.value())
        return Error{issued ? QStringLiteral("the appeal letter was not stored") : issued.error()};
    IssuedLetter l = *issued.value();
    l.newlyIssued = true;
    return l;
}

Result<QVector<IssuedLetter>> AppealLetters::issued(Database &db, qint64 appealId)
{
    auto q = db.exec(QStringLiteral("%1 WHERE l.appeal_id = :a ORDER BY l.id").arg(QLatin1String(kSelect)), {{QStringLiteral("a"), appealId}});
    if (!q)
        return Error{q.error()};
    QVector<IssuedLetter> out;
    while (q->next()) {
        auto l = fromRow(*q);
        if (!l)
            return Error{l.error()};
        out.append(l.value());
    }
    return out;
}

} // namespace pareview
