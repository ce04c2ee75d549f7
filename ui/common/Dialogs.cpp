#include "Dialogs.h"

#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QtGlobal>

namespace pareview {

namespace {
struct Script
{
    std::deque<Dialogs::Answer> answers;
    std::deque<Dialogs::Asked> asked;
    bool recording = false;
};

Script &script()
{
    static Script s;
    return s;
}

const char *kindName(Dialogs::Kind k)
{
    switch (k) {
    case Dialogs::Kind::Question: return "question";
    case Dialogs::Kind::Information: return "information";
    case Dialogs::Kind::Warning: return "warning";
    case Dialogs::Kind::Critical: return "critical";
    case Dialogs::Kind::OpenFile: return "open file";
    case Dialogs::Kind::OpenFiles: return "open files";
    case Dialogs::Kind::SaveFile: return "save file";
    case Dialogs::Kind::Directory: return "directory";
    case Dialogs::Kind::Print: return "print";
    }
    return "?";
}
} // namespace

void Dialogs::answerNext(const Answer &answer)
{
    script().answers.push_back(answer);
    script().recording = true;
}

const std::deque<Dialogs::Asked> &Dialogs::asked()
{
    return script().asked;
}

void Dialogs::clear()
{
    script() = Script();
}

bool Dialogs::hasPendingAnswers()
{
    return !script().answers.empty();
}

bool Dialogs::takeAnswer(Kind kind, const QString &title, const QString &text, Answer *out)
{
    Script &s = script();
    if (s.recording)
        s.asked.push_back({kind, title, text});
    if (s.answers.empty())
        return false;
    const Answer a = s.answers.front();
    if (a.kind != kind)
        qFatal("Dialogs: a %s was asked (\"%s\") but the next answer is for a %s", kindName(kind), qPrintable(title),
               kindName(a.kind));
    s.answers.pop_front();
    *out = a;
    return true;
}

QMessageBox::StandardButton Dialogs::question(QWidget *parent, const QString &title, const QString &text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    Answer a;
    if (takeAnswer(Kind::Question, title, text, &a))
        return a.button;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void Dialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    Answer a;
    if (!takeAnswer(Kind::Information, title, text, &a))
        QMessageBox::information(parent, title, text);
}

void Dialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    Answer a;
    if (!takeAnswer(Kind::Warning, title, text, &a))
        QMessageBox::warning(parent, title, text);
}

void Dialogs::critical(QWidget *parent, const QString &title, const QString &text)
{
    Answer a;
    if (!takeAnswer(Kind::Critical, title, text, &a))
        QMessageBox::critical(parent, title, text);
}

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    Answer a;
    if (takeAnswer(Kind::OpenFile, caption, dir, &a))
        return a.paths.value(0);
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QStringList Dialogs::openFileNames(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    Answer a;
    if (takeAnswer(Kind::OpenFiles, caption, dir, &a))
        return a.paths;
    return QFileDialog::getOpenFileNames(parent, caption, dir, filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
                              SaveOption option)
{
    Answer a;
    if (takeAnswer(Kind::SaveFile, caption, dir, &a))
        return a.paths.value(0);
    return QFileDialog::getSaveFileName(parent, caption, dir, filter, nullptr,
                                        option == KeepExisting ? QFileDialog::DontConfirmOverwrite : QFileDialog::Options());
}

QString Dialogs::existingDirectory(QWidget *parent, const QString &caption, const QString &dir)
{
    Answer a;
    if (takeAnswer(Kind::Directory, caption, dir, &a))
        return a.paths.value(0);
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

bool Dialogs::print(QWidget *parent, QPrinter *printer, const QString &title)
{
    Answer a;
    if (takeAnswer(Kind::Print, title, QString(), &a)) {
        if (a.accepted && !a.paths.isEmpty()) {
            // What choosing "Print to file" in the dialog does.
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(a.paths.first());
        }
        return a.accepted;
    }
    QPrintDialog dialog(printer, parent);
    if (!title.isEmpty())
        dialog.setWindowTitle(title);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace pareview
