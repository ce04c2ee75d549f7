#pragma once

// Paths shared by the tests: the project's shared specification folder
// (examples, policies) and the test data beside this file.

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace testsupport {

inline QString sharedPath(const QString &relative)
{
    return QStringLiteral(PAREVIEW_SHARED_DIR "/") + relative;
}

inline QString testDataPath(const QString &relative)
{
    return QStringLiteral(PAREVIEW_TESTDATA_DIR "/") + relative;
}

// What a command-line tool (pdftotext, pdfinfo, pdffonts) writes, or
// "<tool failed: its error output>" when it fails or runs over a minute.
inline QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace testsupport

#include <QApplication>
#include <QDialog>
#include <QTimer>
#include <QWidget>
#include <functional>

namespace testsupport {

// Drives the next modal dialog the way a person would: once a QDialog whose
// objectName is `objectName` is the active modal widget (exec() has started),
// `act` runs on it — it types and clicks with QTest, which ends exec(). For
// our own dialogs; QMessageBox/QFileDialog/QPrintDialog are answered through
// pareview::Dialogs::answerNext instead.
inline void whenDialogShown(const QString &objectName, std::function<void(QDialog *)> act, int timeoutMs = 10000)
{
    auto *timer = new QTimer;
    auto waited = std::make_shared<int>(0);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, objectName, act, waited, timeoutMs] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog && dialog->objectName() == objectName && dialog->isVisible()) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
            return;
        }
        *waited += timer->interval();
        if (*waited > timeoutMs) {
            timer->stop();
            timer->deleteLater();
            qWarning("whenDialogShown: no dialog named %s appeared", qPrintable(objectName));
        }
    });
    timer->start();
}

} // namespace testsupport

#include <QAbstractItemView>
#include <QComboBox>
#include <QTest>

namespace testsupport {

// A click on the row of `index`, as a person selects it (scrolled into view first).
inline void clickRow(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

// Goes through the case's policy selector with the arrow keys until the
// entry containing `text` is the current one; false when none does.
inline bool choosePolicyWithKeys(QWidget *window, const QString &text)
{
    auto *policy = window->findChild<QComboBox *>(QStringLiteral("policySelector"));
    const int target = policy ? policy->findText(text, Qt::MatchContains) : -1;
    if (target < 0)
        return false;
    policy->setFocus();
    for (int i = 0; i <= policy->count() && policy->currentIndex() != target; ++i)
        QTest::keyClick(policy, policy->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    return policy->currentIndex() == target;
}

// The visible widget of type T under `parent` that `before` did not hold:
// the window a click just opened.
template <typename T>
T *newlyShown(QObject *parent, const QList<T *> &before)
{
    for (T *w : parent->findChildren<T *>())
        if (!before.contains(w) && w->isVisible())
            return w;
    return nullptr;
}

} // namespace testsupport
