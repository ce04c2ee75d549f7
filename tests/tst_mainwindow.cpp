// The workstation window opens on the policy library and shows a criterion's
// words when it is selected. Saves a screenshot for people to look at.

#include "MainWindow.h"

#include <QDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace pareview;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsPoliciesAndCriterionText()
    {
        MainWindow window(PolicyLibrary::builtIn());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("policyTree"));
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 5);

        // Walk to Cigna IP0535 › 1 › 1.F › 1.F.i and select it like a person would.
        QTreeWidgetItem *criterion = nullptr;
        for (int i = 0; i < tree->topLevelItemCount() && !criterion; ++i) {
            QTreeWidgetItem *policy = tree->topLevelItem(i);
            if (!policy->text(0).contains(QStringLiteral("IP0535")))
                continue;
            const auto found = tree->findItems(QStringLiteral("1.F.i"), Qt::MatchExactly | Qt::MatchRecursive, 0);
            QVERIFY(!found.isEmpty());
            criterion = found.first();
        }
        QVERIFY(criterion);
        tree->scrollToItem(criterion);
        const QRect rect = tree->visualItemRect(criterion);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        auto *text = window.findChild<QTextBrowser *>(QStringLiteral("criterionText"));
        QVERIFY(text);
        QTRY_VERIFY(text->toPlainText().contains(QStringLiteral("Factor IX inhibitor titer testing has been performed within 30 days")));

        const QString dir = qEnvironmentVariable("PAREVIEW_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("mainwindow-policies.png"))));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
