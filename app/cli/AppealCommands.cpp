#include "cli/AppealCommands.h"

#include "cli/CliSupport.h"

#include "intake/FhirImporter.h"
#include "letters/AppealLetters.h"
#include "letters/PhraseBook.h"
#include "policy/PolicyLibrary.h"
#include "store/Appeals.h"
#include "store/CaseStore.h"
#include "store/ContentType.h"
#include "store/Database.h"
#include "store/DecisionDraft.h"
#include "store/PeerToPeer.h"
#include "store/Users.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimeZone>

namespace pareview::cli {
namespace {

const char *const kAppealUsage
    = "usage: pareview appeal --db DB --case PA-… --user NAME --from member|prescriber|representative [--expedited]\n"
      "                       [--received YYYY-MM-DDTHH:MM] [--reason TEXT] [--good-cause TEXT]\n"
      "                       [--document FILE] [--bundle FILE]\n"
      "  standard input: NAME's password\n"
      "  Files an appeal of the case's latest determination (a denial, or an approval of less than was asked) and\n"
      "  prints the appeal's reference. --received is UTC (default now); --document adds a document, --bundle the\n"
      "  new facts of a FHIR bundle, both checked like any intake. An appeal filed after the window of its line of\n"
      "  business needs --good-cause TEXT, or it is dismissed.\n";

const char *const kPeerUsage
    = "usage: pareview peer-to-peer request --db DB --case PA-… --user NAME --by NAME --contact TEXT [--at YYYY-MM-DDTHH:MM]\n"
      "       pareview peer-to-peer schedule --db DB --case PA-… --user NAME --at YYYY-MM-DDTHH:MM\n"
      "       pareview peer-to-peer hold --db DB --case PA-… --user NAME --with NAMES --note TEXT [--at YYYY-MM-DDTHH:MM]\n"
      "       pareview peer-to-peer close --db DB --case PA-… --user NAME --result stands|changed [--outcome approve|deny]\n"
      "                                   [--reason TEXT]\n"
      "  standard input: NAME's password. Times are UTC. A changed result records a new determination drafted from\n"
      "  the case's criteria (as decide does) that supersedes the old one and says it follows the discussion.\n";

std::optional<qint64> caseByReference(Database &db, const QString &text, QString *error)
{
    auto q = db.exec(QStringLiteral("SELECT id FROM cases WHERE reference = :r"), {{QStringLiteral("r"), text}});
    if (q && q->next())
        return q->value(0).toLongLong();
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (ok && id > 0)
        return id;
    *error = QStringLiteral("no case \"%1\" (give its reference, e.g. PA-0000012)").arg(text);
    return std::nullopt;
}

std::optional<QDateTime> utcTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.toUTC();
}

} // namespace

int runAppeal(const QStringList &arguments, Streams io)
{
    QStringList args = arguments;
    const bool expedited = args.removeAll(QStringLiteral("--expedited")) > 0;
    const Args a = parseArgs(args, {QStringLiteral("--db"), QStringLiteral("--case"), QStringLiteral("--user"), QStringLiteral("--from"),
                                    QStringLiteral("--received"), QStringLiteral("--reason"), QStringLiteral("--good-cause"),
                                    QStringLiteral("--document"), QStringLiteral("--bundle")});
    QString problem = a.error;
    for (const char *required : {"--db", "--case", "--user", "--from"})
        if (problem.isEmpty() && !a.values.contains(QLatin1String(required)))
            problem = QStringLiteral("%1 is required").arg(QLatin1String(required));
    const QString from = a.values.value(QStringLiteral("--from"));
    if (problem.isEmpty() && !Appeals::filers().contains(from))
        problem = QStringLiteral("--from must be member, prescriber or representative, not \"%1\"").arg(from);
    AppealFiling filing;
    filing.filedBy = from;
    filing.expedited = expedited;
    filing.reason = a.values.value(QStringLiteral("--reason"));
    filing.goodCause = a.values.value(QStringLiteral("--good-cause"));
    if (problem.isEmpty() && a.values.contains(QStringLiteral("--received"))) {
        const auto t = utcTime(a.values.value(QStringLiteral("--received")));
        if (!t)
            problem = QStringLiteral("--received \"%1\" is not a time like 2026-12-03T09:30").arg(a.values.value(QStringLiteral("--received")));
        else
            filing.received = *t;
    }
    if (!problem.isEmpty()) {
        io.err << "pareview appeal: " << problem << '\n' << kAppealUsage;
        return BadArguments;
    }
    if (a.values.contains(QStringLiteral("--bundle"))) {
        const QString path = a.values.value(QStringLiteral("--bundle"));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            io.err << "pareview appeal: cannot read --bundle " << path << ": " << f.errorString() << '\n';
            return Failure;
        }
        auto facts = FhirImporter::import(f.readAll());
        if (!facts) {
            io.err << "pareview appeal: --bundle " << path << ": " << facts.error() << "; nothing was filed\n";
            return Rejected;
        }
        filing.newFacts.labs = facts->labs;
        filing.newFacts.attestations = facts->attestations;
        filing.newFacts.diagnoses = facts->diagnoses;
        filing.newFacts.attachments = facts->attachments;
    }
    if (a.values.contains(QStringLiteral("--document"))) {
        const QString path = a.values.value(QStringLiteral("--document"));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            io.err << "pareview appeal: cannot read --document " << path << ": " << f.errorString() << '\n';
            return Failure;
        }
        const QByteArray bytes = f.readAll();
        filing.newFacts.attachments.append({QFileInfo(path).fileName(), detectContentType(bytes), QString(), bytes, QString(),
                                            QStringLiteral("appeal document")});
    }
    auto db = openStore(QStringLiteral("appeal"), a.values.value(QStringLiteral("--db")), io);
    if (!db)
        return Failure;
    QString error;
    const auto id = caseByReference(*db, a.values.value(QStringLiteral("--case")), &error);
    if (!id) {
        io.err << "pareview appeal: " << error << '\n';
        return Failure;
    }
    auto user = Users::authenticate(*db, a.values.value(QStringLiteral("--user")), readLine(io.in));
    if (!user) {
        io.err << "pareview appeal: " << user.error() << '\n';
        return Failure;
    }
    auto appealId = Appeals::file(*db, *id, filing, user.value());
    if (!appealId) {
        io.err << "pareview appeal: " << appealId.error() << "; nothing was filed\n";
        return Failure;
    }
    const Appeal ap = Appeals::byId(*db, *appealId).value();
    io.out << ap.reference << '\n';
    io.out << "  appeal of " << ap.originalReference << " (determination " << ap.determinationId << ", " << ap.appealedOutcome
           << ") from the " << ap.filedBy << ", received " << Database::storedTime(ap.received) << ", " << ap.priority << '\n';
    io.out << "  due " << Database::storedTime(ap.dueBy) << " (" << ap.deadlineRule << ")\n";
    if (ap.late)
        io.out << "  filed after the " << ap.filingDays << "-day window"
               << (ap.goodCause.isEmpty() ? QString() : QStringLiteral("; good cause: %1").arg(ap.goodCause)) << '\n';
    if (!ap.open())
        io.out << "  " << ap.outcome << ": " << ap.outcomeReason << '\n';
    return Ok;
}

int runAppealDecide(qint64 appealCaseId, const QHash<QString, QString> &values, Streams io)
{
    const QString word = values.value(QStringLiteral("--outcome"));
    const auto outcome = Appeals::outcomeFromWord(word);
    if (!outcome || !QStringList{QStringLiteral("overturn"), QStringLiteral("partial"), QStringLiteral("uphold"), QStringLiteral("dismiss"),
                                 QStringLiteral("withdrawn")}
                         .contains(word)) {
        io.err << "pareview decide: the case is an appeal: --outcome must be overturn, partial, uphold, dismiss or withdrawn, not \"" << word
               << "\"\n";
        return BadArguments;
    }
    PolicyLibrary lib = PolicyLibrary::builtIn();
    if (values.contains(QStringLiteral("--policies")))
        for (const QString &e : lib.addDirectory(values.value(QStringLiteral("--policies"))))
            io.err << "pareview decide: " << e << '\n';
    auto db = openStore(QStringLiteral("decide"), values.value(QStringLiteral("--db")), io);
    if (!db)
        return Failure;
    auto appeal = Appeals::forCase(*db, appealCaseId);
    if (!appeal || !appeal->has_value()) {
        io.err << "pareview decide: " << (appeal ? QStringLiteral("case %1 is not an appeal").arg(appealCaseId) : appeal.error()) << '\n';
        return Failure;
    }
    const Appeal &a = **appeal;
    auto user = Users::authenticate(*db, values.value(QStringLiteral("--user")), readLine(io.in));
    if (!user) {
        io.err << "pareview decide: " << user.error() << '\n';
        return Failure;
    }
    AppealDecision d;
    d.outcome = *outcome;
    d.reason = values.value(QStringLiteral("--reason"));
    // Who may decide comes first: the model refuses (and audits) before any criteria are drafted.
    auto why = Appeals::whyNotDecide(*db, a, d.outcome, user.value());
    if (!why || why->has_value()) {
        const Status refused = Appeals::decide(*db, a.id, d, user.value());
        io.err << "pareview decide: " << (refused ? why.error() : refused.error()) << "; nothing was recorded\n";
        return Failure;
    }
    // The criteria re-evaluated with the appeal's facts: an overturn's approval terms come from them.
    const bool approving = d.outcome == QLatin1String("overturned") || d.outcome == QLatin1String("partly-overturned");
    if (d.outcome != QLatin1String("withdrawn") && d.outcome != QLatin1String("dismissed")) {
        auto draft = DecisionDrafts::prepare(*db, lib, a.caseId, approving ? QStringLiteral("approve") : QStringLiteral("deny"), QString(),
                                             user.value(), values.value(QStringLiteral("--policy")));
        if (!draft) {
            io.err << "pareview decide: " << a.reference << ": " << draft.error() << "; nothing was recorded\n";
            return Failure;
        }
        d.criteriaSnapshot = draft->input.criteriaSnapshot;
        d.approvalStart = draft->input.approvalStart;
        d.approvalEnd = draft->input.approvalEnd;
        d.quantity = draft->input.quantity;
    }
    if (auto s = Appeals::decide(*db, a.id, d, user.value()); !s) {
        io.err << "pareview decide: " << s.error() << "; nothing was recorded\n";
        return Failure;
    }
    const Appeal done = Appeals::byId(*db, a.id).value();
    io.out << "recorded appeal " << done.reference << ": " << done.outcome << " (appeal of " << done.originalReference << ")\n";
    if (done.newDeterminationId)
        io.out << "  approved " << d.approvalStart.toString(Qt::ISODate) << " to " << d.approvalEnd.toString(Qt::ISODate) << ", " << d.quantity
               << "; determination " << *done.newDeterminationId << " supersedes " << done.determinationId << " of "
               << done.originalReference << '\n';
    if (!done.nextLevel.isEmpty())
        io.out << "  next level: " << done.nextLevel << '\n';
    if (done.forwardedAt.isValid())
        io.out << "  forwarded to the independent review entity " << Database::storedTime(done.forwardedAt) << ", due "
               << Database::storedTime(done.forwardDue) << '\n';
    return Ok;
}

int runAppealLetter(qint64 appealCaseId, const QHash<QString, QString> &values, Streams io)
{
    LetterOptions options;
    options.language = values.value(QStringLiteral("--lang"));
    if (values.contains(QStringLiteral("--paper")))
        options.paper = letters::paperFromName(values.value(QStringLiteral("--paper")));
    auto db = openStore(QStringLiteral("letter"), values.value(QStringLiteral("--db")), io);
    if (!db)
        return Failure;
    auto appeal = Appeals::forCase(*db, appealCaseId);
    if (!appeal || !appeal->has_value()) {
        io.err << "pareview letter: " << (appeal ? QStringLiteral("case %1 is not an appeal").arg(appealCaseId) : appeal.error()) << '\n';
        return Failure;
    }
    auto user = Users::authenticate(*db, values.value(QStringLiteral("--user")), readLine(io.in));
    if (!user) {
        io.err << "pareview letter: " << user.error() << '\n';
        return Failure;
    }
    auto letter = AppealLetters::issue(*db, (*appeal)->id, options, user.value());
    if (!letter) {
        io.err << "pareview letter: " << letter.error() << "; no file was written\n";
        return Failure;
    }
    const QString path = values.value(QStringLiteral("--out"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(letter->pdf) != letter->pdf.size() || !file.commit()) {
        io.err << "pareview letter: cannot write " << path << ": " << file.errorString() << '\n';
        return Failure;
    }
    io.out << (letter->newlyIssued ? "issued" : "exported") << " appeal letter " << letter->id << " (" << letter->language << ", "
           << letter->kind << ") of " << (*appeal)->reference << " to " << path << ", " << letter->pdf.size() << " bytes, sha256 "
           << letter->sha256 << '\n';
    return Ok;
}

int runPeerToPeer(const QStringList &arguments, Streams io)
{
    if (arguments.isEmpty()) {
        io.err << "pareview peer-to-peer: say which step: request, schedule, hold or close\n" << kPeerUsage;
        return BadArguments;
    }
    const QString stepName = arguments.first();
    const Args a = parseArgs(arguments.mid(1), {QStringLiteral("--db"), QStringLiteral("--case"), QStringLiteral("--user"), QStringLiteral("--by"),
                                                QStringLiteral("--contact"), QStringLiteral("--at"), QStringLiteral("--with"),
                                                QStringLiteral("--note"), QStringLiteral("--result"), QStringLiteral("--outcome"),
                                                QStringLiteral("--reason"), QStringLiteral("--policy")});
    QString problem = a.error;
    if (problem.isEmpty() && !QStringList{QStringLiteral("request"), QStringLiteral("schedule"), QStringLiteral("hold"), QStringLiteral("close")}.contains(stepName))
        problem = QStringLiteral("unknown step \"%1\": request, schedule, hold or close").arg(stepName);
    QStringList required{QStringLiteral("--db"), QStringLiteral("--case"), QStringLiteral("--user")};
    if (stepName == QLatin1String("request"))
        required << QStringLiteral("--by") << QStringLiteral("--contact");
    else if (stepName == QLatin1String("schedule"))
        required << QStringLiteral("--at");
    else if (stepName == QLatin1String("hold"))
        required << QStringLiteral("--with") << QStringLiteral("--note");
    else if (stepName == QLatin1String("close"))
        required << QStringLiteral("--result");
    for (const QString &r : std::as_const(required))
        if (problem.isEmpty() && !a.values.contains(r))
            problem = QStringLiteral("%1 is required").arg(r);
    std::optional<QDateTime> at;
    if (problem.isEmpty() && a.values.contains(QStringLiteral("--at"))) {
        at = utcTime(a.values.value(QStringLiteral("--at")));
        if (!at)
            problem = QStringLiteral("--at \"%1\" is not a time like 2026-12-03T09:30").arg(a.values.value(QStringLiteral("--at")));
    }
    const QString result = a.values.value(QStringLiteral("--result"));
    if (problem.isEmpty() && stepName == QLatin1String("close") && result != QLatin1String("stands") && result != QLatin1String("changed"))
        problem = QStringLiteral("--result must be stands or changed, not \"%1\"").arg(result);
    if (problem.isEmpty() && result == QLatin1String("changed") && !a.values.contains(QStringLiteral("--outcome")))
        problem = QStringLiteral("--result changed needs --outcome approve|deny: the new determination");
    if (!problem.isEmpty()) {
        io.err << "pareview peer-to-peer: " << problem << '\n' << kPeerUsage;
        return BadArguments;
    }
    auto db = openStore(QStringLiteral("peer-to-peer"), a.values.value(QStringLiteral("--db")), io);
    if (!db)
        return Failure;
    QString error;
    const auto id = caseByReference(*db, a.values.value(QStringLiteral("--case")), &error);
    if (!id) {
        io.err << "pareview peer-to-peer: " << error << '\n';
        return Failure;
    }
    auto user = Users::authenticate(*db, a.values.value(QStringLiteral("--user")), readLine(io.in));
    if (!user) {
        io.err << "pareview peer-to-peer: " << user.error() << '\n';
        return Failure;
    }
    const QString ref = a.values.value(QStringLiteral("--case"));
    if (stepName == QLatin1String("request")) {
        auto r = PeerToPeers::request(*db, *id, a.values.value(QStringLiteral("--by")), a.values.value(QStringLiteral("--contact")),
                                      at.value_or(QDateTime()), user.value());
        if (!r) {
            io.err << "pareview peer-to-peer: " << r.error() << '\n';
            return Failure;
        }
        const PeerToPeer p = PeerToPeers::byId(*db, *r).value();
        io.out << "peer-to-peer request " << p.id << " on " << p.caseReference << ": offer a time by " << Database::storedTime(p.offerBy) << " ("
               << p.offerRule << ")\n";
        return Ok;
    }
    auto list = PeerToPeers::forCase(*db, *id);
    if (!list) {
        io.err << "pareview peer-to-peer: " << list.error() << '\n';
        return Failure;
    }
    std::optional<PeerToPeer> open;
    for (const PeerToPeer &p : list.value())
        if (p.open())
            open = p;
    if (!open) {
        io.err << "pareview peer-to-peer: case " << ref << " has no open peer-to-peer request\n";
        return Failure;
    }
    Status s = success();
    if (stepName == QLatin1String("schedule"))
        s = PeerToPeers::schedule(*db, open->id, *at, user.value());
    else if (stepName == QLatin1String("hold"))
        s = PeerToPeers::hold(*db, open->id, at.value_or(QDateTime()), a.values.value(QStringLiteral("--with")),
                              a.values.value(QStringLiteral("--note")), user.value());
    else if (result == QLatin1String("stands"))
        s = PeerToPeers::closeStanding(*db, open->id, user.value());
    else {
        PolicyLibrary lib = PolicyLibrary::builtIn();
        auto draft = DecisionDrafts::prepare(*db, lib, *id, a.values.value(QStringLiteral("--outcome")), QString(), user.value(),
                                             a.values.value(QStringLiteral("--policy")));
        if (!draft) {
            io.err << "pareview peer-to-peer: " << draft.error() << "; nothing was recorded\n";
            return Failure;
        }
        auto det = PeerToPeers::closeChanged(*db, open->id, draft->input, a.values.value(QStringLiteral("--reason")), user.value());
        if (!det)
            s = Error{det.error()};
    }
    if (!s) {
        io.err << "pareview peer-to-peer: " << s.error() << '\n';
        return Failure;
    }
    const PeerToPeer p = PeerToPeers::byId(*db, open->id).value();
    io.out << "peer-to-peer request " << p.id << " on " << p.caseReference << ": " << p.status;
    if (p.status == QLatin1String("scheduled"))
        io.out << " for " << Database::storedTime(p.scheduledFor);
    if (p.status == QLatin1String("closed"))
        io.out << ", the decision " << (p.result == QLatin1String("stands") ? QStringLiteral("stands")
                                                                            : QStringLiteral("changed (determination %1)").arg(*p.newDeterminationId));
    io.out << '\n';
    return Ok;
}

} // namespace pareview::cli
