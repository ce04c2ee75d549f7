<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>pareview::CaseView</name>
    <message numerus="yes">
        <location filename="../ui/review/CaseView.cpp" line="+565"/>
        <source>%n policies apply to this case; choose the one to review it under.</source>
        <translation>
            <numerusform>%n policy applies to this case; choose the one to review it under.</numerusform>
            <numerusform>%n policies apply to this case; choose the one to review it under.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n policies apply to this case; it is reviewed under the one chosen.</source>
        <translation>
            <numerusform>%n policy applies to this case; it is reviewed under the one chosen.</numerusform>
            <numerusform>%n policies apply to this case; it is reviewed under the one chosen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pareview::DeterminationDialog</name>
    <message numerus="yes">
        <location filename="../ui/review/DeterminationDialog.cpp" line="+489"/>
        <source>DRAFT: %n page(s). Nothing is recorded or sent until you record and issue it.</source>
        <translation>
            <numerusform>DRAFT: %n page. Nothing is recorded or sent until you record and issue it.</numerusform>
            <numerusform>DRAFT: %n pages. Nothing is recorded or sent until you record and issue it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pareview::IntakeForm</name>
    <message numerus="yes">
        <location filename="../ui/intake/IntakeForm.cpp" line="+786"/>
        <source>Draft %1 saved with %n new documents.</source>
        <translation>
            <numerusform>Draft %1 saved with %n new document.</numerusform>
            <numerusform>Draft %1 saved with %n new documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%1 submitted for review with %n documents.</source>
        <translation>
            <numerusform>%1 submitted for review with %n document.</numerusform>
            <numerusform>%1 submitted for review with %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1: %n facts corrected</source>
        <translation>
            <numerusform>%1: %n fact corrected</numerusform>
            <numerusform>%1: %n facts corrected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n documents attached</source>
        <translation>
            <numerusform>, %n document attached</numerusform>
            <numerusform>, %n documents attached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+197"/>
        <source>%n documents ready to attach when the request is saved: %1</source>
        <translation>
            <numerusform>%n document ready to attach when the request is saved: %1</numerusform>
            <numerusform>%n documents ready to attach when the request is saved: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pareview::IntegrityStatus</name>
    <message numerus="yes">
        <location filename="../ui/admin/IntegrityStatus.cpp" line="+94"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>RECORDS CHANGED OUTSIDE PAREVIEW: %n problem(s) — checked %1</source>
        <translation>
            <numerusform>RECORDS CHANGED OUTSIDE PAREVIEW: %n problem — checked %1</numerusform>
            <numerusform>RECORDS CHANGED OUTSIDE PAREVIEW: %n problems — checked %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Checked %1: the audit trail is whole (%n rows) and every record is as pareview wrote it (%2 checked, %3).</source>
        <translation>
            <numerusform>Checked %1: the audit trail is whole (%n row) and every record is as pareview wrote it (%2 checked, %3).</numerusform>
            <numerusform>Checked %1: the audit trail is whole (%n rows) and every record is as pareview wrote it (%2 checked, %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pareview::LettersPanel</name>
    <message numerus="yes">
        <location filename="../ui/review/LettersPanel.cpp" line="+107"/>
        <source>The letter was sent to the printer (%n page(s)).</source>
        <translation>
            <numerusform>The letter was sent to the printer (%n page).</numerusform>
            <numerusform>The letter was sent to the printer (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pareview::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+204"/>
        <source>Signed in as %1 (%2) · %n policies loaded</source>
        <translation>
            <numerusform>Signed in as %1 (%2) · %n policy loaded</numerusform>
            <numerusform>Signed in as %1 (%2) · %n policies loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pareview::ReviewedEvaluation</name>
    <message numerus="yes">
        <location filename="../model/review/ReviewedEvaluation.cpp" line="+110"/>
        <source>%1 of %n criteria decided by a reviewer; %2 still open</source>
        <translation>
            <numerusform>%1 of %n criterion decided by a reviewer; %2 still open</numerusform>
            <numerusform>%1 of %n criteria decided by a reviewer; %2 still open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pareview::StoreCheck</name>
    <message numerus="yes">
        <location filename="../model/store/StoreCheck.cpp" line="+84"/>
        <source>; and %n more</source>
        <translation>
            <numerusform>; and %n more</numerusform>
            <numerusform>; and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pareview::WorklistView</name>
    <message numerus="yes">
        <location filename="../ui/worklist/WorklistView.cpp" line="+217"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
</TS>
