// The start-up floor: a Qt Widgets program that shows an empty main window
// and, like `pareview` under PAREVIEW_BENCH_EXIT_ON_SHOWN=1, prints when it
// was first painted and its peak RSS, then quits.

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QMainWindow>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <ctime>

namespace {

class ShownProbe : public QObject
{
protected:
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] {
                const long long us = std::chrono::duration_cast<std::chrono::microseconds>(
                                         std::chrono::system_clock::now().time_since_epoch())
                                         .count();
                long long hwm = 0;
                QFile status(QStringLiteral("/proc/self/status"));
                if (status.open(QIODevice::ReadOnly))
                    for (const QByteArray &line : status.readAll().split('\n'))
                        if (line.startsWith("VmHWM:"))
                            hwm = line.mid(6).trimmed().split(' ').first().toLongLong();
                // CPU time as well: on a loaded machine the wall time is mostly waiting for a core.
                const long long cpuUs = (long long)(std::clock()) * 1000000LL / CLOCKS_PER_SEC;
                std::printf("pareview-bench shown_us=%lld vmhwm_kb=%lld cpu_us=%lld\n", us, hwm, cpuUs);
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return false;
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("minimal"));
    window.resize(1280, 800);
    ShownProbe probe;
    window.installEventFilter(&probe);
    window.show();
    return app.exec();
}
