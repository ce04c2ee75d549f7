#pragma once

// Shared pieces of pareview-bench: timing, medians, the results table and
// the places the benchmark works in. Every figure is a median of several
// repetitions, and every figure stands beside a baseline measured in the
// same run, because the machine is shared and only ratios travel.

#include <QElapsedTimer>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace bench {

struct Config
{
    QString workDir; // build-bench/bench-work: cached stores, letters, …
    QString examplesDir; // ../shared/spec/examples
    QString pareviewExe; // the built `pareview`
    QString minimalExe; // pareview-bench-minimal
    QString postgres; // postgresql://user@host:port/db of a private server, or empty
    QVector<int> sizes = { 10000, 100000, 1000000 };
    int evalBundles = 10000;
    int reps = 5;
    QStringList sections; // empty: all
    QStringList startupStores; // "LABEL=PATH": more stores for the start-up section
    bool wants(const QString &section) const { return sections.isEmpty() || sections.contains(section); }
};

double median(QVector<double> v);

// Runs `f` `reps` times and returns the median of the milliseconds each took.
double medianMs(int reps, const std::function<void()> &f);

void log(const QString &text); // progress, to stderr

// One line of the results table.
struct Row
{
    QString group;
    QString what;
    QString value;
    QString baseline; // what the baseline is
    QString baselineValue;
    QString ratio;
    QString target;
    QString verdict; // "met", "missed: …", or "—"
};

class Report
{
public:
    void add(const Row &row);
    void note(const QString &text) { m_notes << text; }
    QString markdown() const;

private:
    QVector<Row> m_rows;
    QStringList m_notes;
};

Report &report();

QString ms(double v); // "12.3 ms", "0.41 ms"
QString us(double v); // microseconds
QString rate(double perSecond, const QString &unit); // "12,300 bundles/s"
QString times(double ratio); // "1.23×"
QString mib(double bytes);

// "met" when value <= limit, else how far over.
QString atMost(double value, double limit, const QString &what = QString());
// "met" when value >= limit, else how far under.
QString atLeast(double value, double limit, const QString &what = QString());

// Sections.
void runEvaluation(const Config &cfg);
void runWorklist(const Config &cfg);
void runOpenCase(const Config &cfg);
void runLetters(const Config &cfg);
void runCql(const Config &cfg);
void runStalls(const Config &cfg);
void runStartup(const Config &cfg);
void runImport(const Config &cfg);
void runIntegrity(const Config &cfg);

} // namespace bench
