// Worklist: the page queries reviewers run all day, on generated stores of
// 10k, 100k and 1M cases, each beside the same SQL run by the sqlite3
// command-line tool on the same file (the floor); the time until the
// worklist view shows its first page; how page time, counts and opening a
// case grow with the store.

#include "Bench.h"
#include "BundleGen.h"
#include "StoreGen.h"
#include "engine/Evaluator.h"
#include "policy/PolicyLibrary.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Worklist.h"
#include "worklist/WorklistModel.h"
#include "worklist/WorklistView.h"

#include <QApplication>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>

#include <random>
#include <unistd.h>

namespace bench {

namespace {

using pareview::Database;
using pareview::Worklist;
using pareview::WorklistFilter;
using pareview::WorklistSort;

QString literal(const QVariant &v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(v.toLongLong());
    case QMetaType::Double:
        return QString::number(v.toDouble(), 'g', 17);
    default:
        return QLatin1Char('\'') + v.toString().replace(QLatin1Char('\''), QStringLiteral("''"))
            + QLatin1Char('\'');
    }
}

// The statement as the sqlite3 tool gets it: the bound values written in.
QString withLiterals(const QString &sql, const QVariantMap &values)
{
    static const QRegularExpression placeholder(QStringLiteral(":([A-Za-z_][A-Za-z0-9_]*)"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(sql);
    while (it.hasNext()) {
        const auto m = it.next();
        out += sql.mid(last, m.capturedStart() - last);
        out += values.contains(m.captured(1)) ? literal(values.value(m.captured(1))) : m.captured(0);
        last = m.capturedEnd();
    }
    out += sql.mid(last);
    return out;
}

QString sqliteTool()
{
    return QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
}

// Wall time of one sqlite3 run of `script` on `db`.
double sqliteRun(const QString &db, const QString &script, QString *output = nullptr)
{
    QProcess p;
    p.setProgram(sqliteTool());
    p.setArguments({ QStringLiteral("-batch"), db });
    if (!output)
        p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start();
    p.waitForStarted(-1);
    p.write(script.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(-1);
    const double elapsed = t.nsecsElapsed() / 1e6;
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput());
    const QByteArray err = p.readAllStandardError();
    if (!err.isEmpty())
        log(QStringLiteral("sqlite3: %1").arg(QString::fromUtf8(err).trimmed()));
    return elapsed;
}

// The floor: the same statement `repeat` times in one sqlite3 run, less a
// run that only opens the file and reads the schema; per statement.
double sqliteFloorMs(const QString &db, const QString &statement, int repeat, int runs)
{
    const QString head = QStringLiteral(".output /dev/null\nSELECT count(*) FROM meta;\n");
    QString script = head;
    for (int i = 0; i < repeat; ++i)
        script += statement + QStringLiteral(";\n");
    QVector<double> full, empty;
    sqliteRun(db, script); // warm the OS cache for this file
    for (int r = 0; r < runs; ++r) {
        empty << sqliteRun(db, head);
        full << sqliteRun(db, script);
    }
    return qMax(0.0, (median(full) - median(empty)) / repeat);
}

class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *w) { w->installEventFilter(this); }
    bool painted = false;

protected:
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

// Construction of the worklist view to the end of its first paint with rows.
double viewFirstPageMs(const std::shared_ptr<Database> &db, const pareview::User &user, int *rows)
{
    QElapsedTimer t;
    t.start();
    auto *view = new pareview::WorklistView(db, user);
    view->resize(1280, 760);
    auto *table = view->findChild<QTableView *>(QStringLiteral("worklistTable"));
    PaintWatch watch(table->viewport());
    view->show();
    while (!watch.painted && t.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double elapsed = t.nsecsElapsed() / 1e6;
    *rows = view->model()->rowCount();
    delete view;
    QCoreApplication::processEvents();
    return elapsed;
}

struct Query
{
    QString name;
    WorklistFilter filter;
    WorklistSort sort;
};

struct QueryResult
{
    double qtMs = 0;
    double floorMs = 0;
    double countMs = 0;
    qint64 count = 0;
    int rows = 0;
    bool same = true;
};

struct SizeResult
{
    int cases = 0;
    QVector<QueryResult> queries;
    double openMs = 0;
    double integrityFloorMs = 0;
    double quickCheckMs = 0;
    double payersMs = 0;
    double viewMs = 0;
    int viewRows = 0;
    double caseLoadMs = 0;
    double fileMiB = 0;
};

} // namespace

void runWorklist(const Config &cfg)
{
    BundleGen gen(cfg.examplesDir);
    if (!gen.ok()) {
        log(gen.error());
        return;
    }
    const bool haveTool = !sqliteTool().isEmpty();
    if (!haveTool)
        report().note(QStringLiteral("The sqlite3 command-line tool is not installed: the worklist floors "
                                     "are missing (apt-get install sqlite3)."));
    const pareview::PolicyLibrary library = pareview::PolicyLibrary::builtIn();

    QVector<Query> queries;
    {
        Query q;
        q.name = QStringLiteral("default queue: Unassigned, by due-by, first page (200)");
        q.filter.queue = WorklistFilter::Queue::Unassigned;
        queries << q;
        q = {};
        q.name = QStringLiteral("filter: drug Sevenfact + payer Cigna Healthcare, by due-by");
        q.filter.drug = QStringLiteral("sevenfact");
        q.filter.payers = {QStringLiteral("Cigna Healthcare")};
        queries << q;
        q = {};
        q.name = QStringLiteral("search: member name \"olivia mar\", by due-by");
        q.filter.search = QStringLiteral("olivia mar");
        queries << q;
        q = {};
        q.name = QStringLiteral("search: member id \"M00004321\" (exact), by due-by");
        q.filter.search = QStringLiteral("M00004321");
        queries << q;
        q = {};
        q.name = QStringLiteral("All cases, by due-by (the view's opening query)");
        queries << q;
    }

    QVector<SizeResult> results;
    for (int size : cfg.sizes) {
        QString error;
        const QString path = ensureStore(cfg, gen, size, &error);
        if (path.isEmpty()) {
            log(QStringLiteral("store of %1 cases: %2").arg(size).arg(error));
            report().note(QStringLiteral("The store of %1 cases could not be made: %2").arg(size).arg(error));
            continue;
        }
        // A store just written leaves gigabytes of dirty pages behind: let the
        // kernel write them now, not during the fsyncs timed below.
        ::sync();
        SizeResult sr;
        sr.cases = size;
        sr.fileMiB = QFileInfo(path).size() / (1024.0 * 1024.0);
        if (haveTool) {
            // A cached store made under an older schema is upgraded by a first
            // open, so that the timed open below is an ordinary one.
            QString version;
            sqliteRun(path, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version';\n"),
                      &version);
            if (version.trimmed().toInt() != pareview::Schema::latestVersion()) {
                QElapsedTimer t;
                t.start();
                auto first = Database::open(path);
                if (!first) {
                    log(first.error());
                    continue;
                }
                log(QStringLiteral("store of %1 cases upgraded to schema %2 in %3")
                        .arg(size)
                        .arg(pareview::Schema::latestVersion())
                        .arg(ms(t.nsecsElapsed() / 1e6)));
            }
        }
        // The integrity check reads the whole file: the sqlite3 tool's run
        // goes first and is the one that reads from disk when the file is
        // not (or no longer) in the page cache, the timed open follows.
        if (haveTool)
            sr.integrityFloorMs
                = sqliteRun(path, QStringLiteral(".output /dev/null\nPRAGMA integrity_check;\n"));
        QElapsedTimer openTimer;
        openTimer.start();
        auto opened = Database::open(path);
        sr.openMs = openTimer.nsecsElapsed() / 1e6;
        if (!opened) {
            log(opened.error());
            continue;
        }
        std::shared_ptr<Database> db = opened.value();
        if (haveTool)
            sr.quickCheckMs = sqliteRun(path, QStringLiteral(".output /dev/null\nPRAGMA quick_check;\n"));
        BenchUsers users;
        if (!loadBenchUsers(*db, &users, &error)) {
            log(error);
            continue;
        }
        if (results.isEmpty()) {
            auto v = db->exec(QStringLiteral("SELECT sqlite_version()"));
            if (v && v->next())
                report().note(QStringLiteral("SQLite library used by Qt's QSQLITE driver: %1.")
                                  .arg(v->value(0).toString()));
        }

        for (const Query &query : std::as_const(queries)) {
            QueryResult qr;
            WorklistFilter filter = query.filter;
            filter.currentUser = users.reviewer.id;
            QVariantMap values;
            const QString sql = Worklist::pageSql(filter, query.sort, &values, db->engine());
            values.insert(QStringLiteral("limit"), 200);
            values.insert(QStringLiteral("offset"), 0);
            auto page = Worklist::page(*db, filter, query.sort, 0, 200); // warm
            if (!page) {
                log(page.error());
                continue;
            }
            qr.rows = int(page->size());
            QElapsedTimer single;
            single.start();
            (void)Worklist::page(*db, filter, query.sort, 0, 200);
            const double once = qMax(0.01, single.nsecsElapsed() / 1e6);
            const int repeat = qBound(5, int(300 / once), 400);
            QVector<double> perCall;
            for (int r = 0; r < cfg.reps; ++r) {
                QElapsedTimer t;
                t.start();
                for (int i = 0; i < repeat; ++i)
                    (void)Worklist::page(*db, filter, query.sort, 0, 200);
                perCall << t.nsecsElapsed() / 1e6 / repeat;
            }
            qr.qtMs = median(perCall);
            qr.countMs = medianMs(cfg.reps, [&] {
                // As the view counts: bounded at one more than it shows.
                auto c = Worklist::count(*db, filter, Worklist::CountShownUpTo + 1);
                qr.count = c ? c.value() : -1;
            });
            if (haveTool) {
                const QString statement = withLiterals(sql, values);
                qr.floorMs = sqliteFloorMs(path, statement, repeat, cfg.reps);
                QString out;
                sqliteRun(path, QStringLiteral(".mode list\n") + statement + QStringLiteral(";\n"), &out);
                QStringList ids;
                for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                    ids << line.section(QLatin1Char('|'), 0, 0);
                QStringList mine;
                for (const auto &r : page.value())
                    mine << QString::number(r.id);
                qr.same = ids == mine;
                if (!qr.same)
                    log(QStringLiteral("  sqlite3 returned other rows than Worklist::page (%1 vs %2)")
                            .arg(ids.size())
                            .arg(mine.size()));
            }
            log(QStringLiteral("  %1 cases, %2: Qt %3, sqlite3 %4, %5 rows, count %6 in %7")
                    .arg(size)
                    .arg(query.name, ms(qr.qtMs), ms(qr.floorMs))
                    .arg(qr.rows)
                    .arg(qr.count)
                    .arg(ms(qr.countMs)));
            sr.queries << qr;
        }
        sr.payersMs = medianMs(cfg.reps, [&] { (void)Worklist::payers(*db); });

        int rows = 0;
        viewFirstPageMs(db, users.reviewer, &rows); // warm-up: fonts, styles
        QVector<double> views;
        for (int r = 0; r < cfg.reps; ++r)
            views << viewFirstPageMs(db, users.reviewer, &rows);
        sr.viewMs = median(views);
        sr.viewRows = rows;
        log(QStringLiteral("  %1 cases: worklist view first page in %2 (%3 rows)")
                .arg(size)
                .arg(ms(sr.viewMs))
                .arg(rows));

        // Opening a case from the store: facts (audited read) + evaluation.
        // Its audit row's commit waits for an fsync whose time depends on the
        // disk and on whatever else the kernel is writing, not on the store:
        // synchronous = NORMAL for this loop leaves it out (the open-case
        // benchmark keeps it).
        (void)db->exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        std::mt19937 rng(size);
        QVector<double> loads;
        for (int i = 0; i < 40; ++i) {
            const qint64 id = 5 + qint64(rng() % quint32(size - 4));
            QElapsedTimer t;
            t.start();
            auto facts = pareview::CaseStore::facts(*db, id, users.reviewer);
            if (!facts) {
                log(facts.error());
                break;
            }
            const QDate asOf = pareview::Evaluator::defaultAsOf(facts.value());
            for (const QString &pid : library.ids())
                if (const pareview::Policy *p = library.inEffect(pid, asOf);
                    p && !pareview::Evaluator::whyNotApplicable(*p, facts.value()))
                    (void)pareview::Evaluator::evaluate(*p, facts.value(), asOf);
            loads << t.nsecsElapsed() / 1e6;
        }
        sr.caseLoadMs = median(loads);
        (void)db->exec(QStringLiteral("PRAGMA synchronous = FULL"));
        results << sr;
    }
    if (results.isEmpty())
        return;

    const QString group = QStringLiteral("Worklist (generated stores; Qt = Worklist::page through QSQLITE, "
                                         "floor = same SQL in the sqlite3 tool)");
    for (const SizeResult &sr : std::as_const(results)) {
        const QString n = QLocale(QLocale::English).toString(sr.cases);
        for (int i = 0; i < sr.queries.size(); ++i) {
            const QueryResult &qr = sr.queries[i];
            const double ratio = qr.floorMs > 0 ? qr.qtMs / qr.floorMs : 0;
            report().add({ group,
                           QStringLiteral("%1 cases — %2 [%3 rows of %4%5]")
                               .arg(n, queries[i].name)
                               .arg(qr.rows)
                               .arg(QLocale(QLocale::English).toString(qr.count))
                               .arg(qr.same ? QString() : QStringLiteral("; **rows differ from sqlite3**")),
                           ms(qr.qtMs), QStringLiteral("sqlite3 tool, same SQL and file"),
                           qr.floorMs > 0 ? ms(qr.floorMs) : QStringLiteral("n/a"),
                           qr.floorMs > 0 ? times(ratio) : QStringLiteral("n/a"),
                           QStringLiteral("≤ 1.5× the floor"),
                           qr.floorMs > 0 ? atMost(ratio, 1.5) : QStringLiteral("n/a") });
        }
    }
    for (const SizeResult &sr : std::as_const(results)) {
        const QString n = QLocale(QLocale::English).toString(sr.cases);
        const double floor = sr.queries.size() > 4 ? sr.queries[4].floorMs : 0;
        const bool target = sr.cases == 100000;
        report().add({ QStringLiteral("Worklist view (offscreen QApplication)"),
                       QStringLiteral("%1 cases — WorklistView constructed to first page painted (%2 rows; "
                                      "page, count and payer list included)")
                           .arg(n)
                           .arg(sr.viewRows),
                       ms(sr.viewMs), QStringLiteral("sqlite3 tool, the view's page query"),
                       floor > 0 ? ms(floor) : QStringLiteral("n/a"),
                       floor > 0 ? times(sr.viewMs / floor) : QStringLiteral("n/a"),
                       target ? QStringLiteral("< 100 ms at 100,000 cases") : QString(),
                       target ? atMost(sr.viewMs, 100) : QStringLiteral("—") });
    }
    if (results.size() > 1) {
        const SizeResult &a = results.first();
        const SizeResult &b = results.last();
        const QString from = QLocale(QLocale::English).toString(a.cases);
        const QString to = QLocale(QLocale::English).toString(b.cases);
        auto series = [&](const std::function<double(const SizeResult &)> &f) {
            QStringList parts;
            for (const SizeResult &sr : std::as_const(results))
                parts << QStringLiteral("%1: %2").arg(QLocale(QLocale::English).toString(sr.cases),
                                                      ms(f(sr)));
            return parts.join(QStringLiteral("; "));
        };
        for (int i = 0; i < a.queries.size() && i < b.queries.size(); ++i) {
            const double g = b.queries[i].qtMs / a.queries[i].qtMs;
            if (a.queries[i].rows == b.queries[i].rows) {
                report().add({ QStringLiteral("Growth"),
                               QStringLiteral("page time, %1 (%2)")
                                   .arg(queries[i].name,
                                        series([i](const SizeResult &s) { return s.queries.value(i).qtMs; })),
                               ms(b.queries[i].qtMs) + QStringLiteral(" at ") + to,
                               QStringLiteral("the same at ") + from, ms(a.queries[i].qtMs), times(g),
                               QStringLiteral("flat (≤ 1.5× for 100× the cases)"), atMost(g, 1.5) });
            } else {
                // The page itself grows (more members share the name in a
                // bigger store): compare with how the floor grows.
                const double floorGrowth = b.queries[i].floorMs / qMax(0.001, a.queries[i].floorMs);
                QStringList rows;
                for (const SizeResult &sr : std::as_const(results))
                    rows << QString::number(sr.queries.value(i).rows);
                report().add(
                    { QStringLiteral("Growth"),
                      QStringLiteral("page time, %1 (%2; the page holds %3 rows)")
                          .arg(queries[i].name,
                               series([i](const SizeResult &s) { return s.queries.value(i).qtMs; }),
                               rows.join(QStringLiteral(" → "))),
                      times(g), QStringLiteral("the sqlite3 floor's growth, same pages"), times(floorGrowth),
                      times(g / floorGrowth),
                      QStringLiteral("grows with the rows returned only (≤ 1.5× the floor's growth)"),
                      atMost(g / floorGrowth, 1.5) });
            }
        }
        // Linear work is judged between the two largest stores: the smallest
        // fits in SQLite's page cache (2 MiB) and is cheaper per row than any
        // store that does not.
        const SizeResult &m = results.size() > 2 ? results[results.size() - 2] : a;
        const QString mid = QLocale(QLocale::English).toString(m.cases);
        const double linear = double(b.cases) / m.cases;
        (void)linear;
        // The count is bounded (10,001 rows at most): flat, judged like a page.
        for (int i = 0; i < a.queries.size() && i < b.queries.size(); ++i) {
            const double g = b.queries[i].countMs / qMax(0.001, a.queries[i].countMs);
            report().add({ QStringLiteral("Growth"),
                           QStringLiteral("count shown under the list (bounded: \"more than 10,000\"), %1 (%2)")
                               .arg(queries[i].name,
                                    series([i](const SizeResult &s) { return s.queries.value(i).countMs; })),
                           ms(b.queries[i].countMs) + QStringLiteral(" at ") + to,
                           QStringLiteral("the same at ") + QLocale(QLocale::English).toString(a.cases), ms(a.queries[i].countMs), times(g),
                           QStringLiteral("flat (≤ 1.5×)"), atMost(g, 1.5) });
        }
        {
            const double g = b.viewMs / a.viewMs;
            report().add(
                { QStringLiteral("Growth"),
                  QStringLiteral("worklist view first page (%1)").arg(series([](const SizeResult &s) {
                      return s.viewMs;
                  })),
                  ms(b.viewMs) + QStringLiteral(" at ") + to, QStringLiteral("the same at ") + from,
                  ms(a.viewMs), times(g), QStringLiteral("flat (≤ 1.5×)"), atMost(g, 1.5) });
        }
        {
            const double g = b.payersMs / qMax(0.001, a.payersMs);
            report().add(
                { QStringLiteral("Growth"),
                  QStringLiteral("payer list for the filter box (%1)").arg(series([](const SizeResult &s) {
                      return s.payersMs;
                  })),
                  ms(b.payersMs) + QStringLiteral(" at ") + to, QStringLiteral("the same at ") + from,
                  ms(a.payersMs), times(g), QStringLiteral("no worse than linear"),
                  atMost(g, double(b.cases) / a.cases) });
        }
        {
            const double g = b.caseLoadMs / a.caseLoadMs;
            report().add(
                { QStringLiteral("Growth"),
                  QStringLiteral("open a case from the store: CaseStore::facts (audited read; its commit "
                                 "without fsync) + evaluate (%1)")
                      .arg(series([](const SizeResult &s) { return s.caseLoadMs; })),
                  ms(b.caseLoadMs) + QStringLiteral(" at ") + to, QStringLiteral("the same at ") + from,
                  ms(a.caseLoadMs), times(g), QStringLiteral("flat (≤ 1.5×)"), atMost(g, 1.5) });
        }
        {
            const double g = b.openMs / m.openMs;
            report().add({ QStringLiteral("Growth"),
                           QStringLiteral("Database::open incl. PRAGMA integrity_check (%1; file %2 → %3)")
                               .arg(series([](const SizeResult &s) { return s.openMs; }),
                                    mib(a.fileMiB * 1048576), mib(b.fileMiB * 1048576)),
                           ms(b.openMs) + QStringLiteral(" at ") + to, QStringLiteral("the same at ") + mid,
                           ms(m.openMs), times(g),
                           QStringLiteral("no worse than linear (≤ 1.5 × %1)").arg(times(linear)),
                           atMost(g, 1.5 * linear) });
        }
    }
    for (const SizeResult &sr : std::as_const(results))
        report().note(
            QStringLiteral(
                "%1 cases (%2): Database::open %3 (the sqlite3 tool's integrity_check just before it "
                "%4, its quick_check just after %5); payer list %6.")
                .arg(QLocale(QLocale::English).toString(sr.cases), mib(sr.fileMiB * 1048576), ms(sr.openMs),
                     ms(sr.integrityFloorMs), ms(sr.quickCheckMs), ms(sr.payersMs)));
}

} // namespace bench
