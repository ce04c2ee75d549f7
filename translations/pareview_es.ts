<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>DecisionCommand</name>
    <message>
        <location filename="../ui/review/DecisionCommand.cpp" line="20"/>
        <source>mark %1 %2</source>
        <translation>marcar %1 como %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="113"/>
        <source>pareview</source>
        <translation>pareview</translation>
    </message>
</context>
<context>
    <name>pareview::AttachmentViewer</name>
    <message>
        <location filename="../ui/attachments/AttachmentViewer.cpp" line="23"/>
        <source>%1 — %2, %3 bytes</source>
        <translation>%1 — %2, %3 bytes</translation>
    </message>
    <message>
        <location filename="../ui/attachments/AttachmentViewer.cpp" line="41"/>
        <source>page </source>
        <translation>página </translation>
    </message>
    <message>
        <location filename="../ui/attachments/AttachmentViewer.cpp" line="58"/>
        <source>This PDF cannot be shown: %1</source>
        <translation>No se puede mostrar este PDF: %1</translation>
    </message>
    <message>
        <location filename="../ui/attachments/AttachmentViewer.cpp" line="63"/>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <location filename="../ui/attachments/AttachmentViewer.cpp" line="75"/>
        <source>This image cannot be shown: %1</source>
        <translation>No se puede mostrar esta imagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/attachments/AttachmentViewer.cpp" line="80"/>
        <source>%1 × %2 pixels · integrity checked (SHA-256 %3)</source>
        <translation>%1 × %2 píxeles · integridad verificada (SHA-256 %3)</translation>
    </message>
    <message>
        <location filename="../ui/attachments/AttachmentViewer.cpp" line="85"/>
        <source>Text · integrity checked (SHA-256 %1)</source>
        <translation>Texto · integridad verificada (SHA-256 %1)</translation>
    </message>
    <message>
        <location filename="../ui/attachments/AttachmentViewer.cpp" line="87"/>
        <source>no viewer for %1</source>
        <translation>no hay visor para %1</translation>
    </message>
    <message>
        <location filename="../ui/attachments/AttachmentViewer.cpp" line="88"/>
        <source>pareview has no viewer for %1 files.</source>
        <translation>pareview no tiene visor para archivos %1.</translation>
    </message>
    <message>
        <location filename="../ui/attachments/AttachmentViewer.cpp" line="97"/>
        <source>Page %1 cannot be shown: %2</source>
        <translation>No se puede mostrar la página %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/attachments/AttachmentViewer.cpp" line="103"/>
        <source>PDF page %1 of %2 · rendered in a separate process%3 · integrity checked (SHA-256 %4)</source>
        <translation>Página %1 de %2 del PDF · representada en un proceso separado%3 · integridad verificada (SHA-256 %4)</translation>
    </message>
    <message>
        <location filename="../ui/attachments/AttachmentViewer.cpp" line="106"/>
        <source> (sandboxed)</source>
        <translation> (aislado)</translation>
    </message>
</context>
<context>
    <name>pareview::AuditView</name>
    <message>
        <location filename="../ui/admin/AuditView.cpp" line="23"/>
        <source>Case number (empty: every case)</source>
        <translation>Número de caso (vacío: todos los casos)</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditView.cpp" line="24"/>
        <source>Verify the chain</source>
        <translation>Verificar la cadena</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditView.cpp" line="30"/>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditView.cpp" line="30"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditView.cpp" line="30"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditView.cpp" line="30"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditView.cpp" line="30"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditView.cpp" line="74"/>
        <source>The audit trail is whole: %1 rows, head %2.</source>
        <translation>El registro de auditoría está íntegro: %1 filas, cabeza de la cadena %2.</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditView.cpp" line="75"/>
        <source>The audit trail is broken: %1</source>
        <translation>El registro de auditoría está roto: %1</translation>
    </message>
</context>
<context>
    <name>pareview::CaseView</name>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="38"/>
        <source>meets criteria</source>
        <translation>cumple los criterios</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="40"/>
        <source>needs information</source>
        <translation>necesita información</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="42"/>
        <source>does not meet criteria</source>
        <translation>no cumple los criterios</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="44"/>
        <source>refer to another policy</source>
        <translation>remitir a otra póliza</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="46"/>
        <source>not covered</source>
        <translation>sin cobertura</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="71"/>
        <source>Policy:</source>
        <translation>Póliza:</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="86"/>
        <source>Note (required when your decision differs from what the data say)</source>
        <translation>Nota (obligatoria cuando su decisión difiere de lo que indican los datos)</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="87"/>
        <source>&amp;Met</source>
        <translation>&amp;Cumple</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="89"/>
        <source>&amp;Not met</source>
        <translation>&amp;No cumple</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="91"/>
        <source>&amp;Unknown</source>
        <translation>&amp;Desconocido</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="99"/>
        <source>Send to medical director</source>
        <translation>Enviar al director médico</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="101"/>
        <source>Determine…</source>
        <translation>Determinar…</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="114"/>
        <source>Back to worklist</source>
        <translation>Volver a la lista de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="117"/>
        <source>Lab &amp;history…</source>
        <translation>&amp;Historial de laboratorio…</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="141"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="141"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="141"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="141"/>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="151"/>
        <source>Attach document…</source>
        <translation>Adjuntar documento…</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="154"/>
        <source>Attach a document</source>
        <translation>Adjuntar un documento</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="155"/>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;All files (*)</source>
        <translation>Documentos (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="166"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="167"/>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="242"/>
        <source>No policy in the library covers this drug and line of business.</source>
        <translation>Ninguna póliza de la biblioteca cubre este medicamento y esta línea de negocio.</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="259"/>
        <source>none</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="261"/>
        <source>overdue</source>
        <translation>vencido</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="262"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 (%3) · %4 · %5, %6 · status &lt;b&gt;%7&lt;/b&gt; · %8 · due %9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 (%3) · %4 · %5, %6 · estado &lt;b&gt;%7&lt;/b&gt; · %8 · vence: %9</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="279"/>
        <source>Recommendation: &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>Recomendación: &lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="281"/>
        <source> Refer to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation> Remitir a &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="283"/>
        <source>&lt;br&gt;This policy sends every review to a medical director.</source>
        <translation>&lt;br&gt;Esta póliza envía cada revisión a un director médico.</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="303"/>
        <source>&lt;p&gt;&lt;i&gt;Documentation required.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Documentación requerida.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="304"/>
        <source>&lt;p&gt;&lt;b&gt;The data say:&lt;/b&gt; %1 — %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Según los datos:&lt;/b&gt; %1 — %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="306"/>
        <source>&lt;p&gt;&lt;b&gt;Evidence:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Evidencia:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="308"/>
        <source>&lt;p&gt;&lt;b&gt;Reviewer:&lt;/b&gt; %1 by %2 at %3%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Revisor:&lt;/b&gt; %1 por %2 el %3%4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="323"/>
        <source>Select a criterion first.</source>
        <translation>Primero seleccione un criterio.</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="329"/>
        <source>Your decision differs from what the data say (%1): write a note first.</source>
        <translation>Su decisión difiere de lo que indican los datos (%1): primero escriba una nota.</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="365"/>
        <source>%1 of %2 criteria decided; %3 still open</source>
        <translation>%1 de %2 criterios decididos; %3 aún pendientes</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="405"/>
        <source>Attachments (%1)</source>
        <translation>Adjuntos (%1)</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="425"/>
        <source>%1 does not rest on a lab.</source>
        <translation>%1 no se basa en un análisis de laboratorio.</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="435"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="437"/>
        <source>%1 is larger than 100 MiB and was not attached.</source>
        <translation>%1 ocupa más de 100 MiB y no se adjuntó.</translation>
    </message>
</context>
<context>
    <name>pareview::CriteriaModel</name>
    <message>
        <location filename="../ui/review/CriteriaModel.cpp" line="24"/>
        <source>met</source>
        <translation>cumple</translation>
    </message>
    <message>
        <location filename="../ui/review/CriteriaModel.cpp" line="26"/>
        <source>not met</source>
        <translation>no cumple</translation>
    </message>
    <message>
        <location filename="../ui/review/CriteriaModel.cpp" line="28"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../ui/review/CriteriaModel.cpp" line="30"/>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location filename="../ui/review/CriteriaModel.cpp" line="215"/>
        <source>Documentation required</source>
        <translation>Documentación requerida</translation>
    </message>
    <message>
        <location filename="../ui/review/CriteriaModel.cpp" line="227"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../ui/review/CriteriaModel.cpp" line="229"/>
        <source>Data say</source>
        <translation>Según los datos</translation>
    </message>
    <message>
        <location filename="../ui/review/CriteriaModel.cpp" line="231"/>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <location filename="../ui/review/CriteriaModel.cpp" line="233"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>pareview::DeterminationDialog</name>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="31"/>
        <source>Determination</source>
        <translation>Determinación</translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="34"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="36"/>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="37"/>
        <source>Pend for information</source>
        <translation>Suspender por información</translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="38"/>
        <source>Refer to another policy</source>
        <translation>Remitir a otra póliza</translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="60"/>
        <source>Record determination</source>
        <translation>Registrar determinación</translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="62"/>
        <source>Issue letter</source>
        <translation>Emitir carta</translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="69"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="70"/>
        <source>Rationale</source>
        <translation>Fundamento</translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="71"/>
        <source>Approved from</source>
        <translation>Aprobado desde</translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="72"/>
        <source>through</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="73"/>
        <source>Reply by</source>
        <translation>Responder a más tardar el</translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="110"/>
        <source>%1 (%2) may not record this outcome.</source>
        <translation>%1 (%2) no puede registrar este resultado.</translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="140"/>
        <source>Policy %1, version %2.</source>
        <translation>Póliza %1, versión %2.</translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="142"/>
        <source>Quantity: %1.</source>
        <translation>Cantidad: %1.</translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="144"/>
        <source>Refer to %1.</source>
        <translation>Remitir a %1.</translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="146"/>
        <source>This policy sends every review to a medical director.</source>
        <translation>Esta póliza envía cada revisión a un director médico.</translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="155"/>
        <source>Prepare the determination first.</source>
        <translation>Primero prepare la determinación.</translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="173"/>
        <source>The determination is recorded, but its letter cannot be shown: %1</source>
        <translation>La determinación se registró, pero no se puede mostrar su carta: %1</translation>
    </message>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="182"/>
        <source>Record the determination first.</source>
        <translation>Primero registre la determinación.</translation>
    </message>
</context>
<context>
    <name>pareview::IntakeForm</name>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="152"/>
        <location filename="../ui/intake/IntakeForm.cpp" line="337"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="153"/>
        <location filename="../ui/intake/IntakeForm.cpp" line="157"/>
        <location filename="../ui/intake/IntakeForm.cpp" line="164"/>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="153"/>
        <source>male</source>
        <translation>masculino</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="153"/>
        <source>female</source>
        <translation>femenino</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="154"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="154"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="157"/>
        <source>commercial</source>
        <translation>comercial</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="158"/>
        <source>marketplace</source>
        <translation>mercado de seguros médicos</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="158"/>
        <source>Medicaid</source>
        <translation>Medicaid</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="159"/>
        <source>CHIP</source>
        <translation>CHIP</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="159"/>
        <source>Essential Plan</source>
        <translation>Essential Plan</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="160"/>
        <source>Medicare Advantage</source>
        <translation>Medicare Advantage</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="160"/>
        <source>D-SNP</source>
        <translation>D-SNP</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="161"/>
        <source>Medicare Part D</source>
        <translation>Medicare Parte D</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="161"/>
        <source>FEP</source>
        <translation>FEP</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="163"/>
        <source>10 digits</source>
        <translation>10 dígitos</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="164"/>
        <source>Hematology (207RH0000X)</source>
        <translation>Hematología (207RH0000X)</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="165"/>
        <source>Hematology &amp; Oncology (207RH0003X)</source>
        <translation>Hematología y oncología (207RH0003X)</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="166"/>
        <source>Pediatric Hematology-Oncology (2080P0207X)</source>
        <translation>Hematología-oncología pediátrica (2080P0207X)</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="167"/>
        <source>Internal Medicine (207R00000X)</source>
        <translation>Medicina interna (207R00000X)</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="168"/>
        <source>Practices at a Hemophilia Treatment Center</source>
        <translation>Ejerce en un Centro de Tratamiento de Hemofilia</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="170"/>
        <source>choose the drug</source>
        <translation>elija el medicamento</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="174"/>
        <source>per kg: 90 (mcg/kg) or 2e13 (genome copies/kg)</source>
        <translation>por kg: 90 (mcg/kg) o 2e13 (copias del genoma/kg)</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="175"/>
        <source>hours between doses</source>
        <translation>horas entre dosis</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="176"/>
        <source>mcg per supply</source>
        <translation>mcg por suministro</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="177"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="178"/>
        <source>standard</source>
        <translation>estándar</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="178"/>
        <source>expedited</source>
        <translation>acelerada</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="179"/>
        <source>initial</source>
        <translation>inicial</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="179"/>
        <source>continuation</source>
        <translation>continuación</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="180"/>
        <source>dose increase</source>
        <translation>aumento de dosis</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="181"/>
        <location filename="../ui/intake/IntakeForm.cpp" line="211"/>
        <location filename="../ui/intake/IntakeForm.cpp" line="215"/>
        <source>not stated</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="181"/>
        <source>treatment of bleeding</source>
        <translation>tratamiento de hemorragias</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="182"/>
        <source>perioperative</source>
        <translation>perioperatorio</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="183"/>
        <source>prevention of bleeding</source>
        <translation>prevención de hemorragias</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="184"/>
        <source>ICD-10-CM codes, e.g. D67 or D66, D68.311</source>
        <translation>Códigos ICD-10-CM, p. ej., D67 o D66, D68.311</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="188"/>
        <source>Lab</source>
        <translation>Análisis de laboratorio</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="188"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="188"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="188"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="188"/>
        <source>Upper limit of normal</source>
        <translation>Límite superior normal</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="194"/>
        <source>Add lab result</source>
        <translation>Agregar resultado de laboratorio</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="200"/>
        <source>Attestation</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="200"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="215"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="215"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="227"/>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="229"/>
        <source>Submit for review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="248"/>
        <location filename="../ui/intake/IntakeForm.cpp" line="258"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="249"/>
        <source>Member ID</source>
        <translation>ID del afiliado</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="250"/>
        <location filename="../ui/intake/IntakeForm.cpp" line="375"/>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="251"/>
        <source>Sex at birth</source>
        <translation>Sexo al nacer</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="252"/>
        <source>Letters in</source>
        <translation>Idioma de las cartas</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="254"/>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="255"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="256"/>
        <source>Line of business</source>
        <translation>Línea de negocio</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="259"/>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="260"/>
        <source>Specialty</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="263"/>
        <source>Drug</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="264"/>
        <source>Dose per kg</source>
        <translation>Dosis por kg</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="265"/>
        <source>Every (hours)</source>
        <translation>Cada (horas)</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="266"/>
        <source>Quantity (mcg)</source>
        <translation>Cantidad (mcg)</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="267"/>
        <source>Supply (days)</source>
        <translation>Suministro (días)</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="268"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="269"/>
        <source>Request type</source>
        <translation>Tipo de solicitud</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="270"/>
        <source>Use</source>
        <translation>Uso</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="271"/>
        <source>Diagnoses</source>
        <translation>Diagnósticos</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="280"/>
        <source>Member</source>
        <translation>Afiliado</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="281"/>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="282"/>
        <source>Prescriber</source>
        <translation>Médico prescriptor</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="284"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="291"/>
        <source>Labs and measurements</source>
        <translation>Análisis de laboratorio y mediciones</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="292"/>
        <source>Attestations (leave unanswered what the prescriber did not state)</source>
        <translation>Declaraciones (deje sin responder lo que el médico prescriptor no haya indicado)</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="340"/>
        <source>from the lab&apos;s reference range</source>
        <translation>según el rango de referencia del laboratorio</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="362"/>
        <source>%1: missing</source>
        <translation>%1: falta</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="367"/>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1: &quot;%2&quot; no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="369"/>
        <source>%1: %2 is in the future</source>
        <translation>%1: %2 es una fecha futura</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="372"/>
        <source>Member name: missing</source>
        <translation>Nombre del afiliado: falta</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="374"/>
        <source>Member ID: missing</source>
        <translation>ID del afiliado: falta</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="377"/>
        <source>Line of business: choose one</source>
        <translation>Línea de negocio: elija una</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="379"/>
        <source>NPI: &quot;%1&quot; is not a valid 10-digit NPI</source>
        <translation>NPI: &quot;%1&quot; no es un NPI válido de 10 dígitos</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="381"/>
        <source>Drug: choose one</source>
        <translation>Medicamento: elija uno</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="387"/>
        <source>%1: &quot;%2&quot; is not a positive number</source>
        <translation>%1: &quot;%2&quot; no es un número positivo</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="389"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="390"/>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="391"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="392"/>
        <source>Supply</source>
        <translation>Suministro</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="396"/>
        <source>Diagnoses: &quot;%1&quot; is not an ICD-10-CM code</source>
        <translation>Diagnósticos: &quot;%1&quot; no es un código ICD-10-CM</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="399"/>
        <source>Lab %1 (%2)</source>
        <translation>Análisis de laboratorio %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="404"/>
        <source>%1: &quot;%2&quot; is not a titer such as 1:678 or not detected</source>
        <translation>%1: &quot;%2&quot; no es un título como 1:678 o &quot;not detected&quot;</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="408"/>
        <source>%1: &quot;%2&quot; is not a value (a number, not negative)</source>
        <translation>%1: &quot;%2&quot; no es un valor (un número no negativo)</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="413"/>
        <source>%1: upper limit &quot;%2&quot; is not a positive number</source>
        <translation>%1: el límite superior &quot;%2&quot; no es un número positivo</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="420"/>
        <source>%1: &quot;%2&quot; is not a whole number</source>
        <translation>%1: &quot;%2&quot; no es un número entero</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="434"/>
        <source>typed by %1 at %2</source>
        <translation>ingresado por %1 el %2</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="550"/>
        <source>Complete the form before submitting:
%1</source>
        <translation>Complete el formulario antes de enviarlo:
%1</translation>
    </message>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="576"/>
        <source>Case %1 is %2: only a case at intake or pended for information is edited here.</source>
        <translation>El caso %1 está en estado %2: aquí solo se edita un caso en admisión o suspendido por información.</translation>
    </message>
</context>
<context>
    <name>pareview::LabHistoryDialog</name>
    <message>
        <location filename="../ui/review/LabHistoryDialog.cpp" line="29"/>
        <source>Lab history for %1</source>
        <translation>Historial de laboratorio de %1</translation>
    </message>
    <message>
        <location filename="../ui/review/LabHistoryDialog.cpp" line="58"/>
        <source>result</source>
        <translation>resultado</translation>
    </message>
    <message>
        <location filename="../ui/review/LabHistoryDialog.cpp" line="61"/>
        <source>drawn</source>
        <translation>toma de muestra</translation>
    </message>
    <message>
        <location filename="../ui/review/LabHistoryDialog.cpp" line="92"/>
        <source>window: within %1 of %2</source>
        <translation>ventana: dentro de %1 del %2</translation>
    </message>
    <message>
        <location filename="../ui/review/LabHistoryDialog.cpp" line="102"/>
        <source>below</source>
        <translation>por debajo de</translation>
    </message>
    <message>
        <location filename="../ui/review/LabHistoryDialog.cpp" line="102"/>
        <source>at most</source>
        <translation>como máximo</translation>
    </message>
    <message>
        <location filename="../ui/review/LabHistoryDialog.cpp" line="103"/>
        <source>above</source>
        <translation>por encima de</translation>
    </message>
    <message>
        <location filename="../ui/review/LabHistoryDialog.cpp" line="103"/>
        <source>at least</source>
        <translation>como mínimo</translation>
    </message>
    <message>
        <location filename="../ui/review/LabHistoryDialog.cpp" line="103"/>
        <source>limit</source>
        <translation>límite</translation>
    </message>
    <message>
        <location filename="../ui/review/LabHistoryDialog.cpp" line="104"/>
        <source>policy: %1 %2</source>
        <translation>póliza: %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/review/LabHistoryDialog.cpp" line="132"/>
        <source>This criterion does not rest on a lab.</source>
        <translation>Este criterio no se basa en un análisis de laboratorio.</translation>
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
        <translation>pareview — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="64"/>
        <source>Draft saved as case %1.</source>
        <translation>Borrador guardado como caso %1.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <source>Locked after inactivity. %1, type your password to go on.</source>
        <translation>Bloqueado por inactividad. %1, escriba su contraseña para continuar.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="99"/>
        <source>Wrong password.</source>
        <translation>Contraseña incorrecta.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="117"/>
        <source>&amp;New request…</source>
        <translation>&amp;Nueva solicitud…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="121"/>
        <source>&amp;Import FHIR bundle…</source>
        <translation>&amp;Importar paquete FHIR…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <source>Import a &amp;folder of bundles…</source>
        <translation>Importar una &amp;carpeta de paquetes…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123"/>
        <source>Import every bundle of a folder</source>
        <translation>Importar todos los paquetes de una carpeta</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="129"/>
        <source>&amp;Settings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>&amp;Worklist</source>
        <translation>&amp;Lista de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>&amp;Policies</source>
        <translation>&amp;Pólizas</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>Policy &amp;comparison</source>
        <translation>&amp;Comparación de pólizas</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>&amp;Audit trail</source>
        <translation>Registro de &amp;auditoría</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>Signed in as %1 (%2) · %n policies loaded</source>
        <translation>
            <numerusform>Sesión iniciada como %1 (%2) · %n póliza cargada</numerusform>
            <numerusform>Sesión iniciada como %1 (%2) · %n pólizas cargadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="254"/>
        <source>%1 is larger than 256 MiB: too large to be a request.</source>
        <translation>%1 ocupa más de 256 MiB: es demasiado grande para ser una solicitud.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="257"/>
        <source>The bundle was rejected, nothing was stored: %1</source>
        <translation>Se rechazó el paquete; no se guardó nada: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="260"/>
        <source>The case was not stored: %1</source>
        <translation>No se guardó el caso: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="264"/>
        <source>Imported %1 as case %2.</source>
        <translation>Se importó %1 como caso %2.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="273"/>
        <source>Importing bundles…</source>
        <translation>Importando paquetes…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="273"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="283"/>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importando %1 (%2 de %3)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="294"/>
        <source>%1 imported, %2 refused</source>
        <translation>%1 importados, %2 rechazados</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="296"/>
        <source>, %1 not tried (cancelled)</source>
        <translation>, %1 sin intentar (cancelado)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="304"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="308"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="315"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="322"/>
        <source>Language of the workstation (next start)</source>
        <translation>Idioma de la estación de trabajo (próximo inicio)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="323"/>
        <source>Lock after inactivity</source>
        <translation>Bloquear tras inactividad</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="324"/>
        <source>Case store</source>
        <translation>Almacén de casos</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="357"/>
        <source>Attached %1.</source>
        <translation>Se adjuntó %1.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="367"/>
        <source>Import a FHIR bundle</source>
        <translation>Importar un paquete FHIR</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="367"/>
        <source>FHIR bundles (*.json)</source>
        <translation>Paquetes FHIR (*.json)</translation>
    </message>
</context>
<context>
    <name>pareview::PolicyBrowser</name>
    <message>
        <location filename="../ui/policies/PolicyBrowser.cpp" line="20"/>
        <source>Documentation required</source>
        <translation>Documentación requerida</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyBrowser.cpp" line="32"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyBrowser.cpp" line="32"/>
        <source>Policy text</source>
        <translation>Texto de la póliza</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyBrowser.cpp" line="37"/>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
</context>
<context>
    <name>pareview::PolicyComparisonView</name>
    <message>
        <location filename="../ui/policies/PolicyComparisonView.cpp" line="33"/>
        <source>Drug:</source>
        <translation>Medicamento:</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyComparisonView.cpp" line="35"/>
        <source>Rows where the policies differ are highlighted.</source>
        <translation>Se resaltan las filas en las que las pólizas difieren.</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyComparisonView.cpp" line="70"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>pareview::SignInDialog</name>
    <message>
        <location filename="../ui/common/SignInDialog.cpp" line="21"/>
        <source>pareview — create the administrator</source>
        <translation>pareview — crear el administrador</translation>
    </message>
    <message>
        <location filename="../ui/common/SignInDialog.cpp" line="21"/>
        <source>pareview — sign in</source>
        <translation>pareview — iniciar sesión</translation>
    </message>
    <message>
        <location filename="../ui/common/SignInDialog.cpp" line="23"/>
        <source>This store has no users yet. Create the first administrator; they will add the nurses, reviewers and medical directors.</source>
        <translation>Este almacén de casos aún no tiene usuarios. Cree el primer administrador; este agregará a las enfermeras, los revisores y los directores médicos.</translation>
    </message>
    <message>
        <location filename="../ui/common/SignInDialog.cpp" line="25"/>
        <source>Sign in with your pareview user name and password.</source>
        <translation>Inicie sesión con su nombre de usuario y contraseña de pareview.</translation>
    </message>
    <message>
        <location filename="../ui/common/SignInDialog.cpp" line="41"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../ui/common/SignInDialog.cpp" line="42"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../ui/common/SignInDialog.cpp" line="44"/>
        <source>Repeat password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <location filename="../ui/common/SignInDialog.cpp" line="49"/>
        <source>Create administrator</source>
        <translation>Crear administrador</translation>
    </message>
    <message>
        <location filename="../ui/common/SignInDialog.cpp" line="49"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../ui/common/SignInDialog.cpp" line="68"/>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <location filename="../ui/common/SignInDialog.cpp" line="84"/>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
</context>
<context>
    <name>pareview::WorklistModel</name>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="146"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="164"/>
        <source>(unassigned)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="166"/>
        <source>expedited</source>
        <translation>acelerada</translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="166"/>
        <source>standard</source>
        <translation>estándar</translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="181"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="183"/>
        <source>Member</source>
        <translation>Afiliado</translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="185"/>
        <source>Member ID</source>
        <translation>ID del afiliado</translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="187"/>
        <source>Drug</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="189"/>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="191"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="193"/>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="195"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="197"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="199"/>
        <source>Due by</source>
        <translation>Fecha límite</translation>
    </message>
</context>
<context>
    <name>pareview::WorklistView</name>
    <message>
        <location filename="../ui/worklist/WorklistView.cpp" line="29"/>
        <source>All cases</source>
        <translation>Todos los casos</translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistView.cpp" line="30"/>
        <source>My cases</source>
        <translation>Mis casos</translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistView.cpp" line="31"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistView.cpp" line="32"/>
        <source>Awaiting medical director</source>
        <translation>En espera del director médico</translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistView.cpp" line="36"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistView.cpp" line="42"/>
        <source>Any drug</source>
        <translation>Cualquier medicamento</translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistView.cpp" line="50"/>
        <source>Any payer</source>
        <translation>Cualquier pagador</translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistView.cpp" line="55"/>
        <source>Overdue only</source>
        <translation>Solo vencidos</translation>
    </message>
    <message>
        <location filename="../ui/worklist/WorklistView.cpp" line="60"/>
        <source>Search member name or ID</source>
        <translation>Buscar nombre o ID del afiliado</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/worklist/WorklistView.cpp" line="122"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
</context>
</TS>
