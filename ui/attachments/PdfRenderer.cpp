#include "PdfRenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <sys/resource.h>

namespace pareview {

namespace {

QString helperPath()
{
    const QString fromEnv = qEnvironmentVariable("PAREVIEW_PDFRENDER");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QDir dir(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {dir.filePath(QStringLiteral("pareview-pdfrender")),
                                     dir.filePath(QStringLiteral("../app/pareview-pdfrender"))})
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    return QStandardPaths::findExecutable(QStringLiteral("pareview-pdfrender"));
}

// bubblewrap: a read-only view of the system, no network, no other processes.
QStringList sandboxPrefix()
{
    static const QStringList prefix = [] {
        const QString bwrap = QStandardPaths::findExecutable(QStringLiteral("bwrap"));
        if (bwrap.isEmpty())
            return QStringList();
        const QStringList args = {QStringLiteral("--ro-bind"), QStringLiteral("/"), QStringLiteral("/"), QStringLiteral("--dev"),
                                  QStringLiteral("/dev"), QStringLiteral("--tmpfs"), QStringLiteral("/tmp"),
                                  QStringLiteral("--unshare-all"), QStringLiteral("--die-with-parent"), QStringLiteral("--new-session"),
                                  QStringLiteral("--")};
        // Some systems forbid the namespaces bubblewrap needs: probe once.
        QProcess probe;
        probe.start(bwrap, args + QStringList{QStringLiteral("/bin/true")});
        if (!probe.waitForFinished(5000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
            return QStringList();
        return QStringList{bwrap} + args;
    }();
    return prefix;
}

Result<QByteArray> run(const QStringList &args, const QByteArray &pdf)
{
    const QString helper = helperPath();
    if (helper.isEmpty())
        return Error{QStringLiteral("the PDF renderer (pareview-pdfrender) is not installed next to pareview")};
    QStringList command = sandboxPrefix();
    if (!command.isEmpty()) {
        // The sandbox has a fresh /tmp: bind the helper's own folder back in,
        // read-only, after it.
        const QString dir = QFileInfo(helper).absolutePath();
        command.removeLast(); // "--"
        command << QStringLiteral("--ro-bind") << dir << dir << QStringLiteral("--");
    }
    command << helper << args;
    QProcess p;
    p.setChildProcessModifier([] {
        // Limits inherited through bubblewrap: memory and CPU time.
#ifndef PAREVIEW_SANITIZED
        rlimit memory{rlim_t(2) * 1024 * 1024 * 1024, rlim_t(2) * 1024 * 1024 * 1024};
        setrlimit(RLIMIT_AS, &memory);
#endif
        rlimit cpu{20, 20};
        setrlimit(RLIMIT_CPU, &cpu);
    });
    p.start(command.takeFirst(), command);
    if (!p.waitForStarted(5000))
        return Error{QStringLiteral("the PDF renderer did not start: %1").arg(p.errorString())};
    p.write(pdf);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(2000);
        return Error{QStringLiteral("the PDF took too long to render and was stopped")};
    }
    if (p.exitStatus() != QProcess::NormalExit)
        return Error{QStringLiteral("the PDF crashed its renderer: the file may be damaged or hostile")};
    if (p.exitCode() != 0) {
        const QString why = QString::fromUtf8(p.readAllStandardError()).trimmed().section(QLatin1Char('\n'), -1);
        return Error{why.isEmpty() ? QStringLiteral("the PDF could not be rendered") : why};
    }
    return p.readAllStandardOutput();
}

} // namespace

bool PdfRenderer::sandboxed()
{
    return !sandboxPrefix().isEmpty();
}

Result<int> PdfRenderer::pageCount(const QByteArray &pdf)
{
    auto out = run({QStringLiteral("--count")}, pdf);
    if (!out)
        return Error{out.error()};
    bool ok = false;
    const int n = out->trimmed().toInt(&ok);
    if (!ok || n < 0)
        return Error{QStringLiteral("the PDF renderer gave no page count")};
    return n;
}

Result<QImage> PdfRenderer::renderPage(const QByteArray &pdf, int page, int dpi)
{
    auto out = run({QStringLiteral("--page"), QString::number(page), QStringLiteral("--dpi"), QString::number(dpi)}, pdf);
    if (!out)
        return Error{out.error()};
    QImage image;
    if (!image.loadFromData(out.value(), "PNG"))
        return Error{QStringLiteral("the PDF renderer returned no image")};
    return image;
}

} // namespace pareview
