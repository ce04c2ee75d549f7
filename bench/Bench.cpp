#include "Bench.h"

#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace bench {

double median(QVector<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double medianMs(int reps, const std::function<void()> &f)
{
    QVector<double> times;
    for (int i = 0; i < reps; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times << t.nsecsElapsed() / 1e6;
    }
    return median(times);
}

void log(const QString &text)
{
    std::fprintf(stderr, "[bench] %s\n", qPrintable(text));
    std::fflush(stderr);
}

Report &report()
{
    static Report r;
    return r;
}

void Report::add(const Row &row)
{
    m_rows << row;
    log(QStringLiteral("%1 | %2: %3 (baseline %4: %5, ratio %6) %7")
            .arg(row.group, row.what, row.value, row.baseline, row.baselineValue, row.ratio, row.verdict));
}

QString Report::markdown() const
{
    QString out;
    QTextStream s(&out);
    QString group;
    for (const Row &r : m_rows) {
        if (r.group != group) {
            group = r.group;
            s << "\n### " << group << "\n\n";
            s << "| measurement | pareview (median) | baseline | baseline (median) | ratio | target | "
                 "verdict |\n";
            s << "| --- | ---: | --- | ---: | ---: | --- | --- |\n";
        }
        auto cell = [](QString text) {
            return text.isEmpty() ? QStringLiteral("—")
                                  : text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
        };
        s << "| " << cell(r.what) << " | " << cell(r.value) << " | " << cell(r.baseline) << " | "
          << cell(r.baselineValue) << " | " << cell(r.ratio) << " | " << cell(r.target) << " | "
          << cell(r.verdict) << " |\n";
    }
    if (!m_notes.isEmpty()) {
        s << "\n### Measured along the way\n\n";
        for (const QString &n : m_notes)
            s << "- " << n << "\n";
    }
    return out;
}

QString ms(double v)
{
    if (v >= 100)
        return QStringLiteral("%1 ms").arg(QLocale::c().toString(v, 'f', 0));
    if (v >= 10)
        return QStringLiteral("%1 ms").arg(v, 0, 'f', 1);
    if (v >= 1)
        return QStringLiteral("%1 ms").arg(v, 0, 'f', 2);
    return QStringLiteral("%1 ms").arg(v, 0, 'f', 3);
}

QString us(double v)
{
    if (v >= 100)
        return QStringLiteral("%1 µs").arg(v, 0, 'f', 0);
    return QStringLiteral("%1 µs").arg(v, 0, 'f', 1);
}

QString rate(double perSecond, const QString &unit)
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions);
    const QString n = perSecond >= 100 ? QLocale(QLocale::English).toString(qRound64(perSecond))
                                       : QString::number(perSecond, 'f', 1);
    return QStringLiteral("%1 %2/s").arg(n, unit);
}

QString times(double ratio)
{
    if (ratio >= 100)
        return QStringLiteral("%1×").arg(QLocale(QLocale::English).toString(qRound64(ratio)));
    if (ratio >= 10)
        return QStringLiteral("%1×").arg(ratio, 0, 'f', 1);
    return QStringLiteral("%1×").arg(ratio, 0, 'f', 2);
}

QString mib(double bytes)
{
    return QStringLiteral("%1 MiB").arg(bytes / (1024.0 * 1024.0), 0, 'f', 1);
}

QString atMost(double value, double limit, const QString &what)
{
    if (value <= limit)
        return QStringLiteral("met");
    return QStringLiteral("**missed** by %1%2")
        .arg(times(value / limit),
             what.isEmpty() ? QString() : QStringLiteral(" (") + what + QLatin1Char(')'));
}

QString atLeast(double value, double limit, const QString &what)
{
    if (value >= limit)
        return QStringLiteral("met");
    return QStringLiteral("**missed**: %1 of the target%2")
        .arg(QStringLiteral("%1%").arg(100.0 * value / limit, 0, 'f', 0),
             what.isEmpty() ? QString() : QStringLiteral(" (") + what + QLatin1Char(')'));
}

} // namespace bench
