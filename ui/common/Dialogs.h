#pragma once

// The one place the workstation asks a blocking question: message boxes,
// file choosers and the print dialog. Production code calls these instead of
// QMessageBox / QFileDialog / QPrintDialog; a test answers the next questions
// in advance (Dialogs::answerNext) and reads back what was asked
// (Dialogs::asked), so no test blocks and none skips the step a person takes:
// the code path that asks is the one that runs.

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <deque>
#include <variant>

class QPrinter;
class QWidget;

namespace pareview {

class Dialogs final
{
public:
    Dialogs() = delete;

    // Message boxes. The return is the button pressed; Escape or closing the
    // box gives the escape button (Cancel/No where there is one).
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void critical(QWidget *parent, const QString &title, const QString &text);

    // File choosers; an empty string when cancelled.
    static QString openFileName(QWidget *parent, const QString &caption, const QString &dir = QString(),
                                const QString &filter = QString());
    static QStringList openFileNames(QWidget *parent, const QString &caption, const QString &dir = QString(),
                                     const QString &filter = QString());
    // KeepExisting: choosing an existing file is not a question of
    // overwriting it (a store to open, say).
    enum SaveOption { AskBeforeOverwriting, KeepExisting };
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &dir = QString(),
                                const QString &filter = QString(), SaveOption option = AskBeforeOverwriting);
    static QString existingDirectory(QWidget *parent, const QString &caption, const QString &dir = QString());

    // The print dialog on `printer`; true when the person pressed Print.
    // An answer of Print in a test leaves the printer as configured by the
    // caller (tests point it at a PDF file first).
    static bool print(QWidget *parent, QPrinter *printer, const QString &title = QString());

    // --- answering in advance (tests) ---------------------------------
    enum class Kind { Question, Information, Warning, Critical, OpenFile, OpenFiles, SaveFile, Directory, Print };
    struct Answer
    {
        Kind kind;
        QMessageBox::StandardButton button = QMessageBox::NoButton; // message boxes
        QStringList paths;                                          // file choosers; empty = cancelled
        bool accepted = true;                                       // print dialog
    };
    // What a blocking call was asked: its kind, title/caption and text.
    struct Asked
    {
        Kind kind;
        QString title;
        QString text;
    };

    static Answer button(Kind kind, QMessageBox::StandardButton b) { return {kind, b, {}, true}; }
    static Answer path(Kind kind, const QString &p) { return {kind, QMessageBox::NoButton, p.isEmpty() ? QStringList() : QStringList{p}, true}; }
    // Print pressed with "Print to file" chosen: the printer writes a PDF to `pdfPath`.
    static Answer printToFile(const QString &pdfPath) { return {Kind::Print, QMessageBox::NoButton, {pdfPath}, true}; }

    // Queue the answer to the next blocking call. A call whose kind differs
    // from the queued answer's is a test error: it fails loudly (qFatal)
    // rather than answering the wrong question.
    static void answerNext(const Answer &answer);
    // Every call made while answers were queued or since the last clear,
    // oldest first.
    static const std::deque<Asked> &asked();
    static void clear();
    static bool hasPendingAnswers();

private:
    static bool takeAnswer(Kind kind, const QString &title, const QString &text, Answer *out);
};

} // namespace pareview
