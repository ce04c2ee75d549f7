<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>DecisionCommand</name>
    <message>
        <location filename="../ui/review/DecisionCommand.cpp" line="20"/>
        <source>mark %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="113"/>
        <source>pareview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pareview::AttachmentViewer</name>
    <message>
        <location filename="../ui/attachments/AttachmentViewer.cpp" line="23"/>
        <source>%1 — %2, %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/attachments/AttachmentViewer.cpp" line="41"/>
        <source>page </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/attachments/AttachmentViewer.cpp" line="58"/>
        <source>This PDF cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/attachments/AttachmentViewer.cpp" line="63"/>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/attachments/AttachmentViewer.cpp" line="75"/>
        <source>This image cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/attachments/AttachmentViewer.cpp" line="80"/>
        <source>%1 × %2 pixels · integrity checked (SHA-256 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/attachments/AttachmentViewer.cpp" line="85"/>
        <source>Text · integrity checked (SHA-256 %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/attachments/AttachmentViewer.cpp" line="87"/>
        <source>no viewer for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/attachments/AttachmentViewer.cpp" line="88"/>
        <source>pareview has no viewer for %1 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/attachments/AttachmentViewer.cpp" line="97"/>
        <source>Page %1 cannot be shown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/attachments/AttachmentViewer.cpp" line="103"/>
        <source>PDF page %1 of %2 · rendered in a separate process%3 · integrity checked (SHA-256 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/attachments/AttachmentViewer.cpp" line="106"/>
        <source> (sandboxed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pareview::AuditView</name>
    <message>
        <location filename="../ui/admin/AuditView.cpp" line="23"/>
        <source>Case number (empty: every case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditView.cpp" line="24"/>
        <source>Verify the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditView.cpp" line="30"/>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditView.cpp" line="30"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditView.cpp" line="30"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditView.cpp" line="30"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditView.cpp" line="30"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditView.cpp" line="74"/>
        <source>The audit trail is whole: %1 rows, head %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditView.cpp" line="75"/>
        <source>The audit trail is broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pareview::CaseView</name>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="38"/>
        <source>meets criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="40"/>
        <source>needs information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="42"/>
        <source>does not meet criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="44"/>
        <source>refer to another policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="46"/>
        <source>not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="71"/>
        <source>Policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="86"/>
        <source>Note (required when your decision differs from what the data say)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="87"/>
        <source>&amp;Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="89"/>
        <source>&amp;Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="91"/>
        <source>&amp;Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="99"/>
        <source>Send to medical director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="101"/>
        <source>Determine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="114"/>
        <source>Back to worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="117"/>
        <source>Lab &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="141"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="141"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="141"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="141"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="151"/>
        <source>Attach document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="154"/>
        <source>Attach a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="155"/>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="166"/>
        <source>Criterion</source>
        <translation type="unfinished">Criterio</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="167"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="242"/>
        <source>No policy in the library covers this drug and line of business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="259"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="261"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="262"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 (%3) · %4 · %5, %6 · status &lt;b&gt;%7&lt;/b&gt; · %8 · due %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="279"/>
        <source>Recommendation: &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="281"/>
        <source> Refer to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="283"/>
        <source>&lt;br&gt;This policy sends every review to a medical director.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="303"/>
        <source>&lt;p&gt;&lt;i&gt;Documentation required.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="304"/>
        <source>&lt;p&gt;&lt;b&gt;The data say:&lt;/b&gt; %1 — %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="306"/>
        <source>&lt;p&gt;&lt;b&gt;Evidence:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="308"/>
        <source>&lt;p&gt;&lt;b&gt;Reviewer:&lt;/b&gt; %1 by %2 at %3%4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="323"/>
        <source>Select a criterion first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="329"/>
        <source>Your decision differs from what the data say (%1): write a note first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="365"/>
        <source>%1 of %2 criteria decided; %3 still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="405"/>
        <source>Attachments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="425"/>
        <source>%1 does not rest on a lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="435"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="437"/>
        <source>%1 is larger than 100 MiB and was not attached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pareview::CriteriaModel</name>
    <message>
        <location filename="../ui/review/CriteriaModel.cpp" line="24"/>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CriteriaModel.cpp" line="26"/>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CriteriaModel.cpp" line="28"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CriteriaModel.cpp" line="30"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CriteriaModel.cpp" line="215"/>
        <source>Documentation required</source>
        <translation type="unfinished">Documentación requerida</translation>
    </message>
    <message>
        <location filename="../ui/review/CriteriaModel.cpp" line="227"/>
        <source>Criterion</source>
        <translation type="unfinished">Criterio</translation>
    </message>
    <message>
        <location filename="../ui/review/CriteriaModel.cpp" line="229"/>
        <source>Data say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CriteriaModel.cpp" line="231"/>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/CriteriaModel.cpp" line="233"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pareview::DeterminationDialog</name>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="31"/>
        <source>Determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="34"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="36"/>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="37"/>
        <source>Pend for information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="38"/>
        <source>Refer to another policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="60"/>
        <source>Record determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="62"/>
        <source>Issue letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="69"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="70"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="71"/>
        <source>Approved from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="72"/>
        <source>through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="73"/>
        <source>Reply by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="110"/>
        <source>%1 (%2) may not record this outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="140"/>
        <source>Policy %1, version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="142"/>
        <source>Quantity: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="144"/>
        <source>Refer to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="146"/>
        <source>This policy sends every review to a medical director.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="155"/>
        <source>Prepare the determination first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="173"/>
        <source>The determination is recorded, but its letter cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="182"/>
        <source>Record the determination first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pareview::IntakeForm</name>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="152"/>
        <location filename="../ui/intake/IntakeForm.cpp" line="337"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="153"/>
        <location filename="../ui/intake/IntakeForm.cpp" line="157"/>
        <location filename="../ui/intake/IntakeForm.cpp" line="164"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="153"/>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="153"/>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="154"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="154"/>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="157"/>
        <source>commercial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="158"/>
        <source>marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="158"/>
        <source>Medicaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="159"/>
        <source>CHIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="159"/>
        <source>Essential Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="160"/>
        <source>Medicare Advantage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="160"/>
        <source>D-SNP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="161"/>
        <source>Medicare Part D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="161"/>
        <source>FEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="163"/>
        <source>10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="164"/>
        <source>Hematology (207RH0000X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="165"/>
        <source>Hematology &amp; Oncology (207RH0003X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="166"/>
        <source>Pediatric Hematology-Oncology (2080P0207X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="167"/>
        <source>Internal Medicine (207R00000X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="168"/>
        <source>Practices at a Hemophilia Treatment Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="170"/>
        <source>choose the drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="174"/>
        <source>per kg: 90 (mcg/kg) or 2e13 (genome copies/kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="175"/>
        <source>hours between doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="176"/>
        <source>mcg per supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="177"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="178"/>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="178"/>
        <source>expedited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="179"/>
        <source>initial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="179"/>
        <source>continuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="180"/>
        <source>dose increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="181"/>
        <location filename="../ui/intake/IntakeForm.cpp" line="211"/>
        <location filename="../ui/intake/IntakeForm.cpp" line="215"/>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="181"/>
        <source>treatment of bleeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="182"/>
        <source>perioperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="183"/>
        <source>prevention of bleeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="184"/>
        <source>ICD-10-CM codes, e.g. D67 or D66, D68.311</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="188"/>
        <source>Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="188"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="188"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="188"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="188"/>
        <source>Upper limit of normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="194"/>
        <source>Add lab result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="200"/>
        <source>Attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="200"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="215"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="215"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="227"/>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="229"/>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="248"/>
        <location filename="../ui/intake/IntakeForm.cpp" line="258"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="249"/>
        <source>Member ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="250"/>
        <location filename="../ui/intake/IntakeForm.cpp" line="375"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="251"/>
        <source>Sex at birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="252"/>
        <source>Letters in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="254"/>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="255"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="256"/>
        <source>Line of business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="259"/>
        <source>NPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="260"/>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="263"/>
        <source>Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="264"/>
        <source>Dose per kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="265"/>
        <source>Every (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="266"/>
        <source>Quantity (mcg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="267"/>
        <source>Supply (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="268"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="269"/>
        <source>Request type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="270"/>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="271"/>
        <source>Diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="280"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="281"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="282"/>
        <source>Prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="284"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="291"/>
        <source>Labs and measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="292"/>
        <source>Attestations (leave unanswered what the prescriber did not state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="340"/>
        <source>from the lab&apos;s reference range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="362"/>
        <source>%1: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="367"/>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="369"/>
        <source>%1: %2 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="372"/>
        <source>Member name: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="374"/>
        <source>Member ID: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="377"/>
        <source>Line of business: choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="379"/>
        <source>NPI: &quot;%1&quot; is not a valid 10-digit NPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="381"/>
        <source>Drug: choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="387"/>
        <source>%1: &quot;%2&quot; is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="389"/>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="390"/>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="391"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="392"/>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="396"/>
        <source>Diagnoses: &quot;%1&quot; is not an ICD-10-CM code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="399"/>
        <source>Lab %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="404"/>
        <source>%1: &quot;%2&quot; is not a titer such as 1:678 or not detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="408"/>
        <source>%1: &quot;%2&quot; is not a value (a number, not negative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="413"/>
        <source>%1: upper limit &quot;%2&quot; is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="420"/>
        <source>%1: &quot;%2&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="434"/>
        <source>typed by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="550"/>
        <source>Complete the form before submitting:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="576"/>
        <source>Case %1 is %2: only a case at intake or pended for information is edited here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pareview::LabHistoryDialog</name>
    <message>
        <location filename="../ui/review/LabHistoryDialog.cpp" line="29"/>
        <source>Lab history for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/LabHistoryDialog.cpp" line="58"/>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/LabHistoryDialog.cpp" line="61"/>
        <source>drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/LabHistoryDialog.cpp" line="92"/>
        <source>window: within %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/LabHistoryDialog.cpp" line="102"/>
        <source>below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/LabHistoryDialog.cpp" line="102"/>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/LabHistoryDialog.cpp" line="103"/>
        <source>above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/LabHistoryDialog.cpp" line="103"/>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/LabHistoryDialog.cpp" line="103"/>
        <source>limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/LabHistoryDialog.cpp" line="104"/>
        <source>policy: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/LabHistoryDialog.cpp" line="132"/>
        <source>This criterion does not rest on a lab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pareview::MainWindow</name>
    <message>
        <source>Documentation required</source>
        <translation type="vanished">Documentación requerida</translation>
    </message>
    <message>
        <source>pareview — prior-authorization review</source>
        <translation type="vanished">pareview — revisión de autorización previa</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="vanished">Criterio</translation>
    </message>
    <message>
        <source>Policy text</source>
        <translation type="vanished">Texto de la póliza</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="vanished">%1 (versión %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n policies loaded</source>
        <translation type="vanished">
            <numerusform>%n póliza cargada</numerusform>
            <numerusform>%n pólizas cargadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="50"/>
        <source>pareview — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="64"/>
        <source>Draft saved as case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <source>Locked after inactivity. %1, type your password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="99"/>
        <source>Wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="117"/>
        <source>&amp;New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="121"/>
        <source>&amp;Import FHIR bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <source>Import a &amp;folder of bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123"/>
        <source>Import every bundle of a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="129"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>&amp;Worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>&amp;Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>Policy &amp;comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>&amp;Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>Signed in as %1 (%2) · %n policies loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="254"/>
        <source>%1 is larger than 256 MiB: too large to be a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="257"/>
        <source>The bundle was rejected, nothing was stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="260"/>
        <source>The case was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="264"/>
        <source>Imported %1 as case %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="273"/>
        <source>Importing bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="273"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="283"/>
        <source>Importing %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="294"/>
        <source>%1 imported, %2 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="296"/>
        <source>, %1 not tried (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="304"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="308"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="315"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="322"/>
        <source>Language of the workstation (next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="323"/>
        <source>Lock after inactivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="324"/>
        <source>Case store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="357"/>
        <source>Attached %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="367"/>
        <source>Import a FHIR bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="367"/>
        <source>FHIR bundles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pareview::PolicyBrowser</name>
    <message>
        <location filename="../ui/policies/PolicyBrowser.cpp" line="20"/>
        <source>Documentation required</source>
        <translation type="unfinished">Documentación requerida</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyBrowser.cpp" line="32"/>
        <source>Criterion</source>
        <translation type="unfinished">Criterio</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyBrowser.cpp" line="32"/>
        <source>Policy text</source>
        <translation type="unfinished">Texto de la póliza</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyBrowser.cpp" line="37"/>
        <source>%1 (version %2)</source>
        <translation type="unfinished">%1 (versión %2)</translation>
    </message>
</context>
<context>
    <name>pareview::PolicyComparisonView</name>
    <message>
        <location filename="../ui/policies/PolicyComparisonView.cpp" line="33"/>
        <source>Drug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyComparisonView.cpp" line="35"/>
        <source>Rows where the policies differ are highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyComparisonView.cpp" line="70"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pareview::SignInDialog</name>
    <message>
        <location filename="../ui/common/SignInDialog.cpp" line="21"/>
        <source>pareview — create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SignInDialog.cpp" line="21"/>
        <source>pareview — sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SignInDialog.cpp" line="23"/>
        <source>This store has no users yet. Create the first administrator; they will add the nurses, reviewers and medical directors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SignInDialog.cpp" line="25"/>
        <source>Sign in with your pareview user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SignInDialog.cpp" line="41"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SignInDialog.cpp" line="42"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SignInDialog.cpp" line="44"/>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SignInDialog.cpp" line="49"/>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SignInDialog.cpp" line="49"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SignInDialog.cpp" line="68"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SignInDialog.cpp" line="84"/>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pareview::WorklistModel</name>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="146"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="164"/>
        <source>(unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="166"/>
        <source>expedited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="166"/>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="181"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="183"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="185"/>
        <source>Member ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="187"/>
        <source>Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="189"/>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="191"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="193"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="195"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="197"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="199"/>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pareview::WorklistView</name>
    <message>
        <location filename="../ui/worklist/WorklistView.cpp" line="29"/>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistView.cpp" line="30"/>
        <source>My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistView.cpp" line="31"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistView.cpp" line="32"/>
        <source>Awaiting medical director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistView.cpp" line="36"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistView.cpp" line="42"/>
        <source>Any drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistView.cpp" line="50"/>
        <source>Any payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistView.cpp" line="55"/>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistView.cpp" line="60"/>
        <source>Search member name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/worklist/WorklistView.cpp" line="122"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
