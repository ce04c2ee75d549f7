<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CaseStatus</name>
    <message>
        <location filename="../ui/common/StatusText.cpp" line="+17"/>
        <source>intake</source>
        <translation>recepción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in review</source>
        <translation>en revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awaiting medical director</source>
        <translation>en espera del director médico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pended</source>
        <translation>suspendido por información</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>determined</source>
        <translation>determinado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter issued</source>
        <translation>carta emitida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>met</source>
        <translation>cumple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not met</source>
        <translation>no cumple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not applicable</source>
        <translation>no aplica</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expedited</source>
        <translation>acelerada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>standard</source>
        <translation>estándar</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <location filename="../model/store/CaseStore.cpp" line="+150"/>
        <source>Member name</source>
        <translation>Nombre del afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member ID</source>
        <translation>N.º de afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex at birth</source>
        <translation>Sexo al nacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters in</source>
        <translation>Cartas en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line of business</source>
        <translation>Línea de negocio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prescriber</source>
        <translation>Prescriptor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialty</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At a Hemophilia Treatment Center</source>
        <translation>En un Centro de Tratamiento de Hemofilia</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+26"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Drug</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supply</source>
        <translation>Suministro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diagnoses</source>
        <translation>Diagnósticos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (upper limit %1)</source>
        <translation> (límite superior %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>case %1 is %2: it is still a draft; save the draft instead of correcting it</source>
        <translation>el caso %1 está en %2: todavía es un borrador; guarde el borrador en lugar de corregirlo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>case %1: review has started, its facts are no longer corrected at intake (ask the reviewer to pend it for information)</source>
        <translation>caso %1: la revisión ya comenzó y sus datos ya no se corrigen en la admisión (pida al revisor que lo deje pendiente de información)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(removed)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>case %1: nothing to correct, every fact is as stored</source>
        <translation>caso %1: no hay nada que corregir, todos los datos están como se guardaron</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>case %1 was not corrected: %2</source>
        <translation>el caso %1 no se corrigió: %2</translation>
    </message>
</context>
<context>
    <name>DecisionCommand</name>
    <message>
        <location filename="../ui/review/DecisionCommand.cpp" line="+22"/>
        <source>mark %1 %2</source>
        <translation>marcar %1 como %2</translation>
    </message>
</context>
<context>
    <name>LineOfBusiness</name>
    <message>
        <location filename="../ui/common/StatusText.cpp" line="+45"/>
        <source>commercial</source>
        <translation>comercial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marketplace</source>
        <translation>mercado de seguros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicaid</source>
        <translation>Medicaid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHIP</source>
        <translation>CHIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Essential Plan</source>
        <translation>Essential Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicare Advantage</source>
        <translation>Medicare Advantage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D-SNP</source>
        <translation>D-SNP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicare Part D</source>
        <translation>Medicare Parte D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FEP</source>
        <translation>FEP</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location line="+62"/>
        <source>typed by %1 at %2</source>
        <translation>escrito por %1 el %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>corrected by %1 at %2</source>
        <translation>corregido por %1 el %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, imported by %2</source>
        <translation>%1, importado por %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="+116"/>
        <source>Where should pareview keep its case store?</source>
        <translation>¿Dónde debe guardar pareview su almacén de casos?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pareview stores (*.sqlite)</source>
        <translation>Almacenes de pareview (*.sqlite)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>pareview</source>
        <translation>pareview</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Password for the database server %1:</source>
        <translation>Contraseña del servidor de base de datos %1:</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../ui/common/StatusText.cpp" line="-109"/>
        <source>Intake nurse</source>
        <translation>Enfermera de admisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinical reviewer</source>
        <translation>Revisor clínico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medical director</source>
        <translation>Director médico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
</context>
<context>
    <name>pareview::AssignDialog</name>
    <message>
        <location filename="../ui/worklist/AssignDialog.cpp" line="+18"/>
        <source>Assign %1</source>
        <translation>Asignar %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign to</source>
        <translation>Asignar a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is unassigned.</source>
        <translation>%1 no está asignado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is assigned to %2.</source>
        <translation>%1 está asignado a %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign to</source>
        <translation>&amp;Asignar a</translation>
    </message>
</context>
<context>
    <name>pareview::AttachmentViewer</name>
    <message>
        <location filename="../ui/attachments/AttachmentViewer.cpp" line="+24"/>
        <source>%1 — %2, %3 bytes</source>
        <translation>%1 — %2, %3 bytes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>page </source>
        <translation>página </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachment page</source>
        <translation>Página del adjunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment text</source>
        <translation>Texto del adjunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment status</source>
        <translation>Estado del adjunto</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This PDF cannot be shown: %1</source>
        <translation>No se puede mostrar este PDF: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This image cannot be shown: %1</source>
        <translation>No se puede mostrar esta imagen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 × %2 pixels · integrity checked (SHA-256 %3)</source>
        <translation>%1 × %2 píxeles · integridad verificada (SHA-256 %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text · integrity checked (SHA-256 %1)</source>
        <translation>Texto · integridad verificada (SHA-256 %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no viewer for %1</source>
        <translation>no hay visor para %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pareview has no viewer for %1 files.</source>
        <translation>pareview no tiene visor para archivos %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Page %1 cannot be shown: %2</source>
        <translation>No se puede mostrar la página %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF page %1 of %2 · rendered in a separate process%3 · integrity checked (SHA-256 %4)</source>
        <translation>Página %1 de %2 del PDF · representada en un proceso separado%3 · integridad verificada (SHA-256 %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (sandboxed)</source>
        <translation> (aislado)</translation>
    </message>
</context>
<context>
    <name>pareview::AuditView</name>
    <message>
        <location filename="../ui/admin/AuditView.cpp" line="+23"/>
        <source>Case reference, e.g. PA-0000012 (empty: every case)</source>
        <translation>Referencia del caso, p. ej. PA-0000012 (vacío: todos los casos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the chain</source>
        <translation>Verificar la cadena</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The audit trail is whole: %1 rows, head %2.</source>
        <translation>El registro de auditoría está íntegro: %1 filas, cabeza de la cadena %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail is broken: %1</source>
        <translation>El registro de auditoría está roto: %1</translation>
    </message>
</context>
<context>
    <name>pareview::CaseView</name>
    <message>
        <location filename="../ui/review/CaseView.cpp" line="+102"/>
        <source>Note (required when your decision differs from what the data say)</source>
        <translation>Nota (obligatoria cuando su decisión difiere de lo que indican los datos)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Met</source>
        <translation>&amp;Cumple</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Not met</source>
        <translation>&amp;No cumple</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unknown</source>
        <translation>&amp;Desconocido</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Back to worklist</source>
        <translation>Volver a la lista de trabajo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lab &amp;history…</source>
        <translation>&amp;Historial de laboratorio…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attach document…</source>
        <translation>Adjuntar documento…</translation>
    </message>
    <message>
        <location line="+492"/>
        <source>Attach a document</source>
        <translation>Adjuntar un documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;All files (*)</source>
        <translation>Documentos (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="-483"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>none</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue</source>
        <translation>vencido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 (%3) · %4 · %5, %6 · status &lt;b&gt;%7&lt;/b&gt; · %8 · due %9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 (%3) · %4 · %5, %6 · estado &lt;b&gt;%7&lt;/b&gt; · %8 · vence: %9</translation>
    </message>
    <message>
        <location line="+127"/>
        <source> Refer to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation> Remitir a &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;This policy sends every review to a medical director.</source>
        <translation>&lt;br&gt;Esta póliza envía cada revisión a un director médico.</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>&lt;p&gt;&lt;i&gt;Documentation required.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Documentación requerida.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-358"/>
        <source>P&amp;olicy:</source>
        <translation>P&amp;óliza:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Case state</source>
        <translation>Estado del caso</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M met, N not met, U unknown, Ctrl+Return note, F8 next undecided</source>
        <translation>M cumple, N no cumple, U desconocido, Ctrl+Intro nota, F8 siguiente sin decidir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Criterion details</source>
        <translation>Detalles del criterio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decision note</source>
        <translation>Nota de la decisión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>page </source>
        <translation>página </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence document</source>
        <translation>Documento de evidencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence page</source>
        <translation>Página de la evidencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark the criterion met</source>
        <translation>Marcar el criterio como cumplido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark the criterion not met</source>
        <translation>Marcar el criterio como no cumplido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark the criterion unknown</source>
        <translation>Marcar el criterio como desconocido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sen&amp;d to medical director</source>
        <translation>Envia&amp;r al director médico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;termine…</source>
        <translation>De&amp;terminar…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidencia:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correction history</source>
        <translation>Historial de correcciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fact</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Corrected to</source>
        <translation>Corregido a</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+413"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="-340"/>
        <source>No policy applies to this case.</source>
        <translation>Ninguna póliza se aplica a este caso.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Policy the case is reviewed under</source>
        <translation>Póliza con la que se revisa el caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the policy to review under…</source>
        <translation>Elija la póliza con la que revisar…</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%n policies apply to this case; choose the one to review it under.</source>
        <translation>
            <numerusform>%n póliza se aplica a este caso; elija con cuál revisarlo.</numerusform>
            <numerusform>%n pólizas se aplican a este caso; elija con cuál revisarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n policies apply to this case; it is reviewed under the one chosen.</source>
        <translation>
            <numerusform>%n póliza se aplica a este caso; se revisa con la elegida.</numerusform>
            <numerusform>%n pólizas se aplican a este caso; se revisa con la elegida.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&lt;p&gt;&lt;b&gt;The data say:&lt;/b&gt; %1 — %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Según los datos:&lt;/b&gt; %1 — %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;Evidence:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Evidencia:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;Reviewer:&lt;/b&gt; %1 by %2 at %3%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Revisor:&lt;/b&gt; %1 por %2 el %3%4&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;&lt;b&gt;Evidence:&lt;/b&gt; %1, page %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Evidencia:&lt;/b&gt; %1, página %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a criterion first.</source>
        <translation>Primero seleccione un criterio.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your decision differs from what the data say (%1): write a note first.</source>
        <translation>Su decisión difiere de lo que indican los datos (%1): primero escriba una nota.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The reviewers&apos; decisions could not be read: %1</source>
        <translation>No se pudieron leer las decisiones de los revisores: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommendation: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Recomendación: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommendation: %1</source>
        <translation>Recomendación: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose the policy to review under first.</source>
        <translation>Primero elija la póliza con la que se revisa el caso.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is a section: it follows from its criteria and is not decided on its own.</source>
        <translation>%1 es una sección: resulta de sus criterios y no se decide por sí sola.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Attachments (%1)</source>
        <translation>Adjuntos (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no document</source>
        <translation>ningún documento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The correction history could not be read: %1</source>
        <translation>No se pudo leer el historial de correcciones: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>History (%1)</source>
        <translation>Historial (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 does not rest on a lab.</source>
        <translation>%1 no se basa en un análisis de laboratorio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is larger than 100 MiB and was not attached.</source>
        <translation>%1 ocupa más de 100 MiB y no se adjuntó.</translation>
    </message>
</context>
<context>
    <name>pareview::CaseWorkflow</name>
    <message>
        <location filename="../model/review/CaseWorkflow.cpp" line="+59"/>
        <source>submit the case for review</source>
        <translation>enviar el caso a revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>claim the case</source>
        <translation>tomar el caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assign the case</source>
        <translation>asignar el caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decide criteria</source>
        <translation>decidir criterios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>send the case to a medical director</source>
        <translation>enviar el caso a un director médico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record a determination</source>
        <translation>registrar una determinación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supersede the determination</source>
        <translation>reemplazar la determinación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This case is determined and read only; only a medical director can supersede the determination.</source>
        <translation>Este caso está determinado y es de solo lectura; solo un director médico puede reemplazar la determinación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter of this case is issued and the case is read only; only a medical director can supersede the determination.</source>
        <translation>La carta de este caso ya se emitió y el caso es de solo lectura; solo un director médico puede reemplazar la determinación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request was withdrawn; the case is read only.</source>
        <translation>Esta solicitud fue retirada; el caso es de solo lectura.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the case&apos;s status &quot;%1&quot; is not one the workstation knows</source>
        <translation>el estado del caso «%1» no es uno que la estación de trabajo conozca</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 may not submit cases for review</source>
        <translation>%1 no puede enviar casos a revisión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 may not claim cases for review</source>
        <translation>%1 no puede tomar casos para revisión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 may not assign cases</source>
        <translation>%1 no puede asignar casos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 may not decide criteria</source>
        <translation>%1 no puede decidir criterios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 may not send cases to a medical director</source>
        <translation>%1 no puede enviar casos a un director médico</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 may not record determinations</source>
        <translation>%1 no puede registrar determinaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a medical director records a denial (%1 is a %2)</source>
        <translation>solo un director médico registra una denegación (%1 es %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a medical director supersedes a determination (%1 is a %2)</source>
        <translation>solo un director médico reemplaza una determinación (%1 es %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the case is waiting for a medical director; %1 may no longer %2</source>
        <translation>el caso está en espera de un director médico; %1 ya no puede %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the case is %1; only a case in intake, or one pended for information, is submitted for review</source>
        <translation>el caso está en estado %1; solo un caso en recepción, o suspendido por información, se envía a revisión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the case is %1; only a case waiting for review is claimed</source>
        <translation>el caso está en estado %1; solo se toma un caso que espera revisión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the case is %1; only a case waiting for review or for a medical director is assigned</source>
        <translation>el caso está en estado %1; solo se asigna un caso que espera revisión o un director médico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the case is pended for information; its criteria are decided again once the nurse submits the reply</source>
        <translation>el caso está suspendido por información; sus criterios se deciden de nuevo cuando la enfermera envíe la respuesta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the case was never submitted for review: claim it or have the nurse submit it before sending it to a medical director</source>
        <translation>el caso nunca se envió a revisión: tómelo o pida a la enfermera que lo envíe antes de pasarlo a un director médico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the case is %1; only a case in review is sent to a medical director</source>
        <translation>el caso está en estado %1; solo un caso en revisión se envía a un director médico</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the policy sends every review to a medical director (%1 is a %2)</source>
        <translation>la póliza envía cada revisión a un director médico (%1 es %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the case is %1: there is no final determination to supersede</source>
        <translation>el caso está en %1: no hay una determinación final que sustituir</translation>
    </message>
</context>
<context>
    <name>pareview::CriteriaModel</name>
    <message>
        <location filename="../ui/review/CriteriaModel.cpp" line="+26"/>
        <source>met</source>
        <translation>cumple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not met</source>
        <translation>no cumple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Documentation required</source>
        <translation>Documentación requerida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the reviewers&apos; decisions: %1</source>
        <translation>Con las decisiones de los revisores: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: data say %2</source>
        <translation>%1: según los datos, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, reviewer: %1</source>
        <translation>, revisor: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, with the reviewers&apos; decisions: %1</source>
        <translation>, con las decisiones de los revisores: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data say</source>
        <translation>Según los datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>pareview::Database</name>
    <message>
        <location filename="../model/store/Database.cpp" line="+185"/>
        <source>The database server is unreachable: pareview connects again with the next step; nothing is lost on this screen.</source>
        <translation>No se puede acceder al servidor de base de datos: pareview se volverá a conectar en el siguiente paso; no se pierde nada de esta pantalla.</translation>
    </message>
</context>
<context>
    <name>pareview::DecisionDrafts</name>
    <message>
        <location filename="../model/store/DecisionDraft.cpp" line="+67"/>
        <source>case %1: %2</source>
        <translation>caso %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>several policies apply to case %1 and none is chosen yet: %2; a reviewer chooses one in the case, or name it</source>
        <translation>varias políticas se aplican al caso %1 y aún no se eligió ninguna: %2; un revisor elige una en el caso, o indíquela</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>outcome &quot;%1&quot; is not one of %2</source>
        <translation>el resultado «%1» no es uno de %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>case %1 cannot be approved from its criteria results under %2 %3: %4</source>
        <translation>el caso %1 no puede aprobarse con los resultados de sus criterios según %2 %3: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not met: %1</source>
        <translation>no cumplido: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>information missing: %1</source>
        <translation>falta información: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nothing in the criteria results of case %1 supports a denial: no criterion of %2 %3 is recorded as not met</source>
        <translation>nada en los resultados de los criterios del caso %1 respalda una denegación: ningún criterio de %2 %3 consta como no cumplido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no criterion of case %1 is missing information: there is nothing to ask for</source>
        <translation>a ningún criterio del caso %1 le falta información: no hay nada que solicitar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the criteria results of case %1 name no policy to refer it to (%2)</source>
        <translation>los resultados de los criterios del caso %1 no indican ninguna política a la que remitirlo (%2)</translation>
    </message>
</context>
<context>
    <name>pareview::DeterminationDialog</name>
    <message>
        <location filename="../ui/review/DeterminationDialog.cpp" line="+38"/>
        <source>approval</source>
        <translation>aprobación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>denial</source>
        <translation>denegación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>request for information</source>
        <translation>solicitud de información</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>referral</source>
        <translation>remisión</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Determination</source>
        <translation>Determinación</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pend for information</source>
        <translation>Suspender por información</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refer to another policy</source>
        <translation>Remitir a otra póliza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rationale (internal, not in the letter)</source>
        <translation>Fundamento (interno, no va en la carta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Explanation for the member</source>
        <translation>Explicación para el afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain words the letter gives the member. Reviewer notes are internal and never go in a letter.</source>
        <translation>Texto sencillo que la carta da al afiliado. Las notas de los revisores son internas y nunca van en una carta.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Required: why the determination in force is replaced</source>
        <translation>Obligatorio: por qué se reemplaza la determinación vigente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for superseding</source>
        <translation>Motivo del reemplazo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record determination</source>
        <translation>Registrar determinación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue letter</source>
        <translation>Emitir carta</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+34"/>
        <source>Letter text</source>
        <translation>Texto de la carta</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rationale (internal)</source>
        <translation>&amp;Fundamento (interno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xplanation for the member</source>
        <translation>E&amp;xplicación para el afiliado</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Letter (PDF)</source>
        <translation>Carta (PDF)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the %1 recorded on %2 by %3</source>
        <translation>la %1 registrada el %2 por %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>letter no. %1 (%2) issued on %3</source>
        <translation>la carta n.º %1 (%2) emitida el %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, and its %1</source>
        <translation>, y su %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case is already determined: %1.</source>
        <translation>Este caso ya está determinado: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new determination supersedes it: give the reason, and the new letter says which letter it replaces.</source>
        <translation>Una nueva determinación la reemplaza: indique el motivo; la nueva carta dice qué carta reemplaza.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supersede determination…</source>
        <translation>Reemplazar la determinación…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a medical director can supersede it.</source>
        <translation>Solo un director médico puede reemplazarla.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No letter: this outcome cannot be recorded.</source>
        <translation>Sin carta: este resultado no se puede registrar.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The letter cannot be written: %1</source>
        <translation>No se puede redactar la carta: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The letter&apos;s pages cannot be shown: %1</source>
        <translation>No se pueden mostrar las páginas de la carta: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+42"/>
        <source>Recorded. The letter is issued as shown, without the DRAFT mark.</source>
        <translation>Registrado. La carta se emite tal como se muestra, sin la marca BORRADOR.</translation>
    </message>
    <message numerus="yes">
        <location line="-40"/>
        <source>DRAFT: %n page(s). Nothing is recorded or sent until you record and issue it.</source>
        <translation>
            <numerusform>BORRADOR: %n página. No se registra ni se envía nada hasta que la registre y la emita.</numerusform>
            <numerusform>BORRADOR: %n páginas. No se registra ni se envía nada hasta que la registre y la emita.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give the reason for superseding the determination in force.</source>
        <translation>Indique el motivo para reemplazar la determinación vigente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Supersede the determination</source>
        <translation>Reemplazar la determinación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supersede %1 with a new %2?

Reason: %3

The new letter says which letter it replaces; the earlier determination and its letter stay in the case&apos;s history.</source>
        <translation>¿Reemplazar %1 por una nueva %2?

Motivo: %3

La nueva carta dice qué carta reemplaza; la determinación anterior y su carta quedan en el historial del caso.</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>Approved from</source>
        <translation>Aprobado desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>through</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply by</source>
        <translation>Responder a más tardar el</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Policy %1, version %2.</source>
        <translation>Póliza %1, versión %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity: %1.</source>
        <translation>Cantidad: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refer to %1.</source>
        <translation>Remitir a %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This policy sends every review to a medical director.</source>
        <translation>Esta póliza envía cada revisión a un director médico.</translation>
    </message>
</context>
<context>
    <name>pareview::FactValidator</name>
    <message>
        <location filename="../model/intake/FactValidator.cpp" line="+81"/>
        <source>%1 %2 has no unit; the unit is never guessed</source>
        <translation>%1 %2 no tiene unidad; la unidad nunca se supone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unit &quot;%1&quot; for %2 cannot be converted to %3</source>
        <translation>la unidad «%1» de %2 no se puede convertir a %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 is not a number</source>
        <translation>%1 %2 no es un número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 is negative</source>
        <translation>%1 %2 es negativo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 is impossible</source>
        <translation>%1 %2 es imposible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2%3 is not plausible; check the unit (at most %4)</source>
        <translation>%1 %2%3 no es verosímil; revise la unidad (como máximo %4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unit &quot;%1&quot; for the upper limit of %2 cannot be converted to %3</source>
        <translation>la unidad «%1» del límite superior de %2 no se puede convertir a %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>upper limit of normal %1 is not positive</source>
        <translation>el límite superior normal %1 no es positivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>upper limit of normal %1 is not plausible; check the unit (at most %2)</source>
        <translation>el límite superior normal %1 no es verosímil; revise la unidad (como máximo %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a titer such as &quot;1:678&quot; or &quot;not detected&quot; (%2)</source>
        <translation>«%1» no es un título como «1:678» o «not detected» (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must be 0 to 4</source>
        <translation>%1 debe estar entre 0 y 4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no date</source>
        <translation>%1 no tiene fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 dated %2 is after the request (%3)</source>
        <translation>%1 con fecha %2 es posterior a la solicitud (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a valid date</source>
        <translation>«%1» no es una fecha válida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>birth date %1 is in the future (request date %2)</source>
        <translation>la fecha de nacimiento %1 está en el futuro (fecha de la solicitud %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>birth date %1 is more than 130 years before the request</source>
        <translation>la fecha de nacimiento %1 es más de 130 años anterior a la solicitud</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NPI &quot;%1&quot; is not 10 digits</source>
        <translation>el NPI «%1» no tiene 10 dígitos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>NPI &quot;%1&quot; has a wrong check digit (a typing error?)</source>
        <translation>el NPI «%1» tiene un dígito de control incorrecto (¿un error de tipeo?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an ICD-10-CM code</source>
        <translation>«%1» no es un código CIE-10-MC (ICD-10-CM)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>dose %1 is not positive</source>
        <translation>la dosis %1 no es positiva</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>dose has no unit</source>
        <translation>la dosis no tiene unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dose unit &quot;%1&quot; cannot be converted to mcg/kg or vg/kg (genome copies per kg)</source>
        <translation>la unidad de dosis «%1» no se puede convertir a mcg/kg ni a vg/kg (copias del genoma por kg)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dose %1 is not plausible for factor VIIa (at most %2); check the unit</source>
        <translation>la dosis %1 no es verosímil para el factor VIIa (como máximo %2); revise la unidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dose %1 is not plausible for a gene therapy (%2 to %3); write it as, say, 2 × 10^13</source>
        <translation>la dosis %1 no es verosímil para una terapia génica (%2 a %3); escríbala, por ejemplo, como 2 × 10^13</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>period has no unit</source>
        <translation>el período no tiene unidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>period unit &quot;%1&quot; is not one of min, h, d, wk</source>
        <translation>la unidad de período «%1» no es min, h, d ni wk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interval %1 %2 is not positive</source>
        <translation>el intervalo %1 %2 no es positivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interval %1 %2 is longer than a year</source>
        <translation>el intervalo %1 %2 es mayor de un año</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>quantity has no unit</source>
        <translation>la cantidad no tiene unidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>quantity unit &quot;%1&quot; cannot be converted to mcg</source>
        <translation>la unidad de cantidad «%1» no se puede convertir a mcg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quantity %1 is negative</source>
        <translation>la cantidad %1 es negativa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>supply duration unit &quot;%1&quot; is not d or wk</source>
        <translation>la unidad de duración del suministro «%1» no es d ni wk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supply duration %1 %2 is not positive</source>
        <translation>la duración del suministro %1 %2 no es positiva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supply duration %1 %2 is longer than a year</source>
        <translation>la duración del suministro %1 %2 es mayor de un año</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; is %2, not a whole number</source>
        <translation>«%1» es %2, no un número entero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is %2, beyond a FHIR integer</source>
        <translation>«%1» es %2, fuera del rango de un entero FHIR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is %2, a count cannot be negative</source>
        <translation>«%1» es %2; un recuento no puede ser negativo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; answer &quot;%2&quot; is not one of %3</source>
        <translation>la respuesta «%2» de «%1» no es una de %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Member name</source>
        <translation>Nombre del afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member ID</source>
        <translation>ID del afiliado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line of business</source>
        <translation>Línea de negocio</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>choose one</source>
        <translation>elija una opción</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drug</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is dosed in %2, not %3</source>
        <translation>%1 se dosifica en %2, no en %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supply</source>
        <translation>Suministro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diagnoses</source>
        <translation>Diagnósticos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a lab pareview knows</source>
        <translation>no es un análisis que pareview conozca</translation>
    </message>
</context>
<context>
    <name>pareview::IntakeForm</name>
    <message>
        <location filename="../ui/intake/IntakeForm.cpp" line="+156"/>
        <location line="+333"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="-332"/>
        <location line="+5"/>
        <location line="+6"/>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>male</source>
        <translation>masculino</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>female</source>
        <translation>femenino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>10 digits</source>
        <translation>10 dígitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hematology (207RH0000X)</source>
        <translation>Hematología (207RH0000X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hematology &amp; Oncology (207RH0003X)</source>
        <translation>Hematología y oncología (207RH0003X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pediatric Hematology-Oncology (2080P0207X)</source>
        <translation>Hematología-oncología pediátrica (2080P0207X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal Medicine (207R00000X)</source>
        <translation>Medicina interna (207R00000X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practices at a Hemophilia Treatment Center</source>
        <translation>Ejerce en un Centro de Tratamiento de Hemofilia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose the drug</source>
        <translation>elija el medicamento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hours between doses</source>
        <translation>horas entre dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mcg per supply</source>
        <translation>mcg por suministro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standard</source>
        <translation>estándar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expedited</source>
        <translation>acelerada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>initial</source>
        <translation>inicial</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>continuation</source>
        <translation>continuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dose increase</source>
        <translation>aumento de dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <location line="+5"/>
        <source>not stated</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>treatment of bleeding</source>
        <translation>tratamiento de hemorragias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>perioperative</source>
        <translation>perioperatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prevention of bleeding</source>
        <translation>prevención de hemorragias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICD-10-CM codes, e.g. D67 or D66, D68.311</source>
        <translation>Códigos ICD-10-CM, p. ej., D67 o D66, D68.311</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lab</source>
        <translation>Análisis de laboratorio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upper limit of normal</source>
        <translation>Límite superior normal</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Attestation</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+322"/>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>Sex at birth</source>
        <translation>Sexo al nacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters in</source>
        <translation>Idioma de las cartas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line of business</source>
        <translation>Línea de negocio</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+241"/>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Specialty</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+251"/>
        <source>Every (hours)</source>
        <translation>Cada (horas)</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+253"/>
        <source>Quantity (mcg)</source>
        <translation>Cantidad (mcg)</translation>
    </message>
    <message>
        <location line="-252"/>
        <location line="+255"/>
        <source>Supply (days)</source>
        <translation>Suministro (días)</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request type</source>
        <translation>Tipo de solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use</source>
        <translation>Uso</translation>
    </message>
    <message>
        <location line="+217"/>
        <location line="+59"/>
        <location line="+5"/>
        <location line="+2"/>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+41"/>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1: «%2» no es un número</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Dose: %1</source>
        <translation>Dosis: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every (hours): %1</source>
        <translation>Cada (horas): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quantity (mcg): %1</source>
        <translation>Cantidad (mcg): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supply (days): %1</source>
        <translation>Suministro (días): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diagnoses</source>
        <translation>Diagnósticos</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Member</source>
        <translation>Afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prescriber</source>
        <translation>Médico prescriptor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+184"/>
        <source>Labs and measurements</source>
        <translation>Análisis de laboratorio y mediciones</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>&amp;Add lab result</source>
        <translation>&amp;Agregar resultado de laboratorio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Attestations</source>
        <translation>Declaraciones</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ttach documents…</source>
        <translation>Ad&amp;juntar documentos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or drop the files on the form</source>
        <translation>O suelte los archivos sobre el formulario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove document</source>
        <translation>Quitar documento</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 will not be attached.</source>
        <translation>%1 no se adjuntará.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Corrections</source>
        <translation>Correcciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Guardar borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+662"/>
        <source>Su&amp;bmit for review</source>
        <translation>En&amp;viar a revisión</translation>
    </message>
    <message>
        <location line="-651"/>
        <source>The corrections were not saved.</source>
        <translation>Las correcciones no se guardaron.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The request was not submitted.</source>
        <translation>La solicitud no se envió.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member &amp;ID</source>
        <translation>&amp;ID del afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth &amp;date</source>
        <translation>Fecha de &amp;nacimiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Payer</source>
        <translation>&amp;Pagador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prescriber name</source>
        <translation>Nombre del prescriptor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>D&amp;rug</source>
        <translation>&amp;Medicamento</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dia&amp;gnoses</source>
        <translation>Dia&amp;gnósticos</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Corrections since the case was submitted</source>
        <translation>Correcciones desde que se envió el caso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attestations (leave unanswered what the prescriber did not state)</source>
        <translation>Declaraciones (deje sin responder lo que el médico prescriptor no haya indicado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (attached when the request is saved)</source>
        <translation>Documentos (se adjuntan al guardar la solicitud)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request form</source>
        <translation>Formulario de solicitud</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>D&amp;ose (vg/kg, one infusion)</source>
        <translation>D&amp;osis (vg/kg, una infusión)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&amp;ose (mcg/kg)</source>
        <translation>D&amp;osis (mcg/kg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>genome copies per kg, e.g. 2 × 10^13</source>
        <translation>copias del genoma por kg, p. ej. 2 × 10^13</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mcg per kg, e.g. 90</source>
        <translation>mcg por kg, p. ej. 90</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose the drug first: the attestations asked are the ones its policies need.</source>
        <translation>Elija primero el medicamento: las declaraciones que se piden son las que exigen sus políticas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The policies for this drug ask for no attestation.</source>
        <translation>Las políticas de este medicamento no piden ninguna declaración.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lab %1</source>
        <translation>Análisis %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lab %1 unit</source>
        <translation>Unidad del análisis %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Lab %1 value</source>
        <translation>Valor del análisis %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lab %1 date</source>
        <translation>Fecha del análisis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the lab&apos;s reference range</source>
        <translation>según el rango de referencia del laboratorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lab %1 upper limit of normal</source>
        <translation>Límite superior normal del análisis %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: missing</source>
        <translation>%1: falta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1: &quot;%2&quot; no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1: value missing</source>
        <translation>%1: falta el valor</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: upper limit &quot;%2&quot; is not a number</source>
        <translation>%1: el límite superior «%2» no es un número</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>%1 was saved as a draft but not submitted: %2</source>
        <translation>%1 se guardó como borrador pero no se envió: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 submitted for review, no documents.</source>
        <translation>%1 enviado a revisión, sin documentos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 submitted for review with 1 document.</source>
        <translation>%1 enviado a revisión con 1 documento.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 submitted for review with %n documents.</source>
        <translation>
            <numerusform>%1 enviado a revisión con %n documento.</numerusform>
            <numerusform>%1 enviado a revisión con %n documentos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a submitted case is corrected.</source>
        <translation>Solo se corrige un caso enviado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix these before saving the corrections:
%1</source>
        <translation>Corrija lo siguiente antes de guardar las correcciones:
%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: 1 fact corrected</source>
        <translation>%1: 1 dato corregido</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n facts corrected</source>
        <translation>
            <numerusform>%1: %n dato corregido</numerusform>
            <numerusform>%1: %n datos corregidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, 1 document attached</source>
        <translation>, 1 documento adjuntado</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>, %n documents attached</source>
        <translation>
            <numerusform>, %n documento adjuntado</numerusform>
            <numerusform>, %n documentos adjuntados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Case %1 is %2: only a case at intake, pended for information, or submitted and not yet under review is edited here.</source>
        <translation>El caso %1 está en estado %2: aquí solo se edita un caso en recepción, suspendido por información, o enviado y aún no en revisión.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 has been submitted. Until review starts you can correct it: each change is kept in the case&apos;s history with your name.</source>
        <translation>%1 ya se envió. Hasta que empiece la revisión puede corregirlo: cada cambio queda en el historial del caso con su nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft %1</source>
        <translation>Borrador %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New request</source>
        <translation>Nueva solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;corrections</source>
        <translation>Guardar &amp;correcciones</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No corrections yet.</source>
        <translation>Todavía no hay correcciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 · %3: %4 → %5</source>
        <translation>%1 · %2 · %3: %4 → %5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2) · attached</source>
        <translation>%1 (%2) · adjuntado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) · attached when saved</source>
        <translation>%1 (%2) · se adjunta al guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No documents yet: attach them here or drop them on the form.</source>
        <translation>Todavía no hay documentos: adjúntelos aquí o suéltelos sobre el formulario.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attach documents to the request</source>
        <translation>Adjuntar documentos a la solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;All files (*)</source>
        <translation>Documentos (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is larger than 100 MiB</source>
        <translation>%1 ocupa más de 100 MiB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attached by %1</source>
        <translation>adjuntado por %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 document ready to attach when the request is saved: %1</source>
        <translation>1 documento listo para adjuntar al guardar la solicitud: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n documents ready to attach when the request is saved: %1</source>
        <translation>
            <numerusform>%n documento listo para adjuntar al guardar la solicitud: %1</numerusform>
            <numerusform>%n documentos listos para adjuntar al guardar la solicitud: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not attached: %1</source>
        <translation>no adjuntado: %1</translation>
    </message>
    <message>
        <location line="-489"/>
        <source>Member name: missing</source>
        <translation>Nombre del afiliado: falta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member ID: missing</source>
        <translation>ID del afiliado: falta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line of business: choose one</source>
        <translation>Línea de negocio: elija una</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drug: choose one</source>
        <translation>Medicamento: elija uno</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lab %1 (%2)</source>
        <translation>Análisis de laboratorio %1 (%2)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1: &quot;%2&quot; is not a whole number</source>
        <translation>%1: &quot;%2&quot; no es un número entero</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>This case has been submitted: save corrections instead of a draft.</source>
        <translation>Este caso ya se envió: guarde correcciones en lugar de un borrador.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Draft %1 saved.</source>
        <translation>Borrador %1 guardado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft %1 saved with 1 new document.</source>
        <translation>Borrador %1 guardado con 1 documento nuevo.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Draft %1 saved with %n new documents.</source>
        <translation>
            <numerusform>Borrador %1 guardado con %n documento nuevo.</numerusform>
            <numerusform>Borrador %1 guardado con %n documentos nuevos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This case has already been submitted.</source>
        <translation>Este caso ya se envió.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Complete the form before submitting:
%1</source>
        <translation>Complete el formulario antes de enviarlo:
%1</translation>
    </message>
</context>
<context>
    <name>pareview::LabHistoryDialog</name>
    <message>
        <location filename="../ui/review/LabHistoryDialog.cpp" line="+64"/>
        <source>Lab history for %1</source>
        <translation>Historial de laboratorio de %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No %1 results on record.</source>
        <translation>No hay resultados de %1 registrados.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>window: within %1 of %2</source>
        <translation>ventana: dentro de %1 del %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>below</source>
        <translation>por debajo de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at most</source>
        <translation>como máximo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>above</source>
        <translation>por encima de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at least</source>
        <translation>como mínimo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>limit</source>
        <translation>límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>policy: %1 %2</source>
        <translation>póliza: %1 %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This criterion does not rest on a lab.</source>
        <translation>Este criterio no se basa en un análisis de laboratorio.</translation>
    </message>
</context>
<context>
    <name>pareview::LettersPanel</name>
    <message>
        <location filename="../ui/review/LettersPanel.cpp" line="+29"/>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denial</source>
        <translation>Denegación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request for information</source>
        <translation>Solicitud de información</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral</source>
        <translation>Remisión</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Letters issued for this case</source>
        <translation>Cartas emitidas para este caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued by</source>
        <translation>Emitida por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save letter as PDF…</source>
        <translation>&amp;Guardar carta como PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The letter was sent to the printer (%n page(s)).</source>
        <translation>
            <numerusform>La carta se envió a la impresora (%n página).</numerusform>
            <numerusform>La carta se envió a la impresora (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+100"/>
        <location line="+1"/>
        <source>The letter was not printed: %1</source>
        <translation>La carta no se imprimió: %1</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>The letters cannot be listed: %1</source>
        <translation>No se pueden listar las cartas: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>In force</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No longer in force: a later determination</source>
        <translation>Ya no está vigente: hay una determinación posterior</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No letter has been issued for this case yet.</source>
        <translation>Todavía no se ha emitido ninguna carta para este caso.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>Save letter as PDF</source>
        <translation>Guardar carta como PDF</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>The letter was not saved: %1</source>
        <translation>La carta no se guardó: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved letter no. %1 to %2 (SHA-256 %3).</source>
        <translation>Carta n.º %1 guardada en %2 (SHA-256 %3).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>Print letter</source>
        <translation>Imprimir carta</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Letter %1</source>
        <translation>Carta %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing was cancelled.</source>
        <translation>Se canceló la impresión.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
</context>
<context>
    <name>pareview::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+60"/>
        <source>pareview — %1 (%2)</source>
        <translation>pareview — %1 (%2)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Locked after inactivity. %1, type your password to go on.</source>
        <translation>Bloqueado por inactividad. %1, escriba su contraseña para continuar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrong password.</source>
        <translation>Contraseña incorrecta.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New request…</source>
        <translation>&amp;Nueva solicitud…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import FHIR bundle…</source>
        <translation>&amp;Importar paquete FHIR…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a &amp;folder of bundles…</source>
        <translation>Importar una &amp;carpeta de paquetes…</translation>
    </message>
    <message>
        <location line="+254"/>
        <source>Re-evaluating cases…</source>
        <translation>Reevaluando casos…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 of %2 cases re-evaluated: %3</source>
        <translation>%1 de %2 casos reevaluados: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (cancelled)</source>
        <translation> (cancelado)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings for %1</source>
        <translation>Configuración de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock after inactivity, in minutes</source>
        <translation>Bloquear tras inactividad, en minutos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language (from the next sign-in)</source>
        <translation>&amp;Idioma (desde el próximo inicio de sesión)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after &amp;inactivity</source>
        <translation>Bloquear tras &amp;inactividad</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Import every bundle of a folder</source>
        <translation>Importar todos los paquetes de una carpeta</translation>
    </message>
    <message>
        <location line="-370"/>
        <source>&amp;Settings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Connected to the database server again.</source>
        <translation>Conectado de nuevo al servidor de base de datos.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Re-evaluate the listed cases…</source>
        <translation>&amp;Reevaluar los casos listados…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pa&amp;yer table…</source>
        <translation>Tabla de pa&amp;gadores…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payer table saved.</source>
        <translation>Tabla de pagadores guardada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Correct the open case…</source>
        <translation>&amp;Corregir el caso abierto…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Worklist</source>
        <translation>&amp;Lista de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Policies</source>
        <translation>&amp;Pólizas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy &amp;comparison</source>
        <translation>&amp;Comparación de pólizas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Audit trail</source>
        <translation>Registro de &amp;auditoría</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Signed in as %1 (%2) · %n policies loaded</source>
        <translation>
            <numerusform>Sesión iniciada como %1 (%2) · %n póliza cargada</numerusform>
            <numerusform>Sesión iniciada como %1 (%2) · %n pólizas cargadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Unsaved request</source>
        <translation>Solicitud sin guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The corrections you typed are not saved yet. Save them before leaving?</source>
        <translation>Las correcciones que escribió aún no se han guardado. ¿Guardarlas antes de salir?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request you typed is not saved yet. Save it as a draft before leaving?</source>
        <translation>La solicitud que escribió aún no se ha guardado. ¿Guardarla como borrador antes de salir?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The unsaved changes were discarded.</source>
        <translation>Se descartaron los cambios sin guardar.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is larger than 256 MiB: too large to be a request.</source>
        <translation>%1 ocupa más de 256 MiB: es demasiado grande para ser una solicitud.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle was rejected, nothing was stored: %1</source>
        <translation>Se rechazó el paquete; no se guardó nada: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case was not stored: %1</source>
        <translation>No se guardó el caso: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported %1 as case %2.</source>
        <translation>Se importó %1 como caso %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing bundles…</source>
        <translation>Importando paquetes…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importando %1 (%2 de %3)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 imported, %2 refused</source>
        <translation>%1 importados, %2 rechazados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 not tried (cancelled)</source>
        <translation>, %1 sin intentar (cancelado)</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Case store</source>
        <translation>Almacén de casos</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Attached %1.</source>
        <translation>Se adjuntó %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import a FHIR bundle</source>
        <translation>Importar un paquete FHIR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FHIR bundles (*.json)</source>
        <translation>Paquetes FHIR (*.json)</translation>
    </message>
</context>
<context>
    <name>pareview::PayerTableDialog</name>
    <message>
        <location filename="../ui/admin/PayerTableDialog.cpp" line="+52"/>
        <source>Payer table</source>
        <translation>Tabla de pagadores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which policies each payer&apos;s cases are reviewed under. A case is matched by its payer&apos;s name or any of the other names (case and spacing ignored). A payer not in the table gets every policy for the drug and line of business.</source>
        <translation>Con qué pólizas se revisan los casos de cada pagador. Un caso se asocia por el nombre de su pagador o cualquiera de sus otros nombres (sin distinguir mayúsculas ni espacios). A un pagador que no está en la tabla se le aplican todas las pólizas del medicamento y la línea de negocio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payers</source>
        <translation>Pagadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other names (separated by ;)</source>
        <translation>Otros nombres (separados por ;)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policies (ids, separated by ;)</source>
        <translation>Pólizas (identificadores, separados por ;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Policies: %1</source>
        <translation>Pólizas: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add payer</source>
        <translation>&amp;Agregar pagador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove payer</source>
        <translation>&amp;Quitar pagador</translation>
    </message>
</context>
<context>
    <name>pareview::PolicyBrowser</name>
    <message>
        <location filename="../ui/policies/PolicyBrowser.cpp" line="+20"/>
        <source>Documentation required</source>
        <translation>Documentación requerida</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policy text</source>
        <translation>Texto de la póliza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
</context>
<context>
    <name>pareview::PolicyComparisonView</name>
    <message>
        <location filename="../ui/policies/PolicyComparisonView.cpp" line="+33"/>
        <source>Drug:</source>
        <translation>Medicamento:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows where the policies differ are highlighted.</source>
        <translation>Se resaltan las filas en las que las pólizas difieren.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>pareview::ReviewedEvaluation</name>
    <message>
        <location filename="../model/review/ReviewedEvaluation.cpp" line="+63"/>
        <source>every criterion of %1 is met</source>
        <translation>se cumplen todos los criterios de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not met: %1</source>
        <translation>no cumplido: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>undecided: %1</source>
        <translation>sin decidir: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>every criterion of %1 is met, but a condition not covered cannot be ruled out: %2</source>
        <translation>se cumplen todos los criterios de %1, pero no puede descartarse una afección no cubierta: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>data say: %1 · with the reviewers&apos; decisions: %2</source>
        <translation>según los datos: %1 · con las decisiones de los revisores: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 of %n criteria decided by a reviewer; %2 still open</source>
        <translation>
            <numerusform>%1 de %n criterio decidido por un revisor; %2 pendientes</numerusform>
            <numerusform>%1 de %n criterios decididos por un revisor; %2 pendientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pareview::ReviewedEvaluations</name>
    <message>
        <location line="-67"/>
        <source>meets criteria</source>
        <translation>cumple los criterios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs information</source>
        <translation>requiere información</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not meet criteria</source>
        <translation>no cumple los criterios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refer to another policy</source>
        <translation>remitir a otra póliza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not covered</source>
        <translation>sin cobertura</translation>
    </message>
</context>
<context>
    <name>pareview::SignInDialog</name>
    <message>
        <location filename="../ui/common/SignInDialog.cpp" line="+21"/>
        <source>pareview — create the administrator</source>
        <translation>pareview — crear el administrador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pareview — sign in</source>
        <translation>pareview — iniciar sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This store has no users yet. Create the first administrator; they will add the nurses, reviewers and medical directors.</source>
        <translation>Este almacén de casos aún no tiene usuarios. Cree el primer administrador; este agregará a las enfermeras, los revisores y los directores médicos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with your pareview user name and password.</source>
        <translation>Inicie sesión con su nombre de usuario y contraseña de pareview.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in message</source>
        <translation>Mensaje de inicio de sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User name</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat password</source>
        <translation>&amp;Repetir contraseña</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create administrator</source>
        <translation>Crear administrador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
</context>
<context>
    <name>pareview::WorklistModel</name>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="+136"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(unassigned)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expedited</source>
        <translation>acelerada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>standard</source>
        <translation>estándar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Afiliado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member ID</source>
        <translation>ID del afiliado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drug</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due by</source>
        <translation>Fecha límite</translation>
    </message>
</context>
<context>
    <name>pareview::WorklistView</name>
    <message>
        <location filename="../ui/worklist/WorklistView.cpp" line="+42"/>
        <source>All cases</source>
        <translation>Todos los casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My cases</source>
        <translation>Mis casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting medical director</source>
        <translation>En espera del director médico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any drug</source>
        <translation>Cualquier medicamento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search: member name, member ID or case (PA-…)</source>
        <translation>Buscar: nombre del afiliado, ID del afiliado o caso (PA-…)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;tatus</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drug</source>
        <translation>&amp;Medicamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Payer</source>
        <translation>&amp;Pagador</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Any payer</source>
        <translation>Cualquier pagador</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Claim next case</source>
        <translation>&amp;Tomar el siguiente caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the unassigned case due first and open it</source>
        <translation>Tomar el caso sin asignar que vence primero y abrirlo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Assign to…</source>
        <translation>&amp;Asignar a…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the selected case to a reviewer or medical director</source>
        <translation>Asignar el caso seleccionado a un revisor o director médico</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search cases</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any word of the member&apos;s name, the start of a member ID, or a case reference</source>
        <translation>Cualquier palabra del nombre del afiliado, el inicio de un ID de afiliado o una referencia de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drug filter</source>
        <translation>Filtro de medicamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payer filter</source>
        <translation>Filtro de pagador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim next case</source>
        <translation>Tomar el siguiente caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign the selected case</source>
        <translation>Asignar el caso seleccionado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not claimed: %1</source>
        <translation>No se tomó: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No unassigned case is waiting.</source>
        <translation>No hay ningún caso sin asignar en espera.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You claimed %1.</source>
        <translation>Tomó %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not assigned: %1</source>
        <translation>No se asignó: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 assigned to %2.</source>
        <translation>%1 asignado a %2.</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+156"/>
        <source>Overdue only</source>
        <translation>Solo vencidos</translation>
    </message>
    <message numerus="yes">
        <location line="-36"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
</context>
</TS>
