<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Assignment</name>
    <message>
        <location filename="../model/store/Assignment.cpp" line="+84"/>
        <source>case %1: %2</source>
        <translation>caso %1: %2</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <location filename="../ui/common/StatusText.cpp" line="+19"/>
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
        <location filename="../model/store/CaseStore.cpp" line="+184"/>
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
        <location line="+2"/>
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
        <location line="+2"/>
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
        <location line="+2"/>
        <source>At a Hemophilia Treatment Center</source>
        <translation>En un Centro de Tratamiento de Hemofilia</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+68"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>%1 (%2) may not %3</source>
        <translation>%1 (%2) no puede %3</translation>
    </message>
    <message>
        <location line="+114"/>
        <location line="+68"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="-50"/>
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
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supply</source>
        <translation>Suministro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request type</source>
        <translation>Tipo de solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+18"/>
        <location line="+373"/>
        <source>attachment %1 &quot;%2&quot; is %3 bytes; one attachment may be at most 100 MiB</source>
        <translation>el adjunto %1 «%2» ocupa %3 bytes; un adjunto puede ocupar como máximo 100 MiB</translation>
    </message>
    <message>
        <location line="-206"/>
        <location line="+358"/>
        <location line="+41"/>
        <source>no case %1</source>
        <translation>no existe el caso %1</translation>
    </message>
    <message>
        <location line="-393"/>
        <source>correct cases</source>
        <translation>corregir casos</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <message>
        <location line="+12"/>
        <location line="+236"/>
        <source>case %1 was changed by someone else meanwhile: reload it</source>
        <translation>otra persona cambió mientras tanto el caso %1: vuelva a cargarlo</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>create cases</source>
        <translation>crear casos</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>the new case was not found</source>
        <translation>no se encontró el caso nuevo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>edit intake drafts</source>
        <translation>editar borradores de admisión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>case %1 is %2: only a case at intake or pended for information is edited</source>
        <translation>el caso %1 está %2: solo se edita un caso en admisión o pendiente de información</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>attach documents</source>
        <translation>adjuntar documentos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is %2 bytes; one attachment may be at most 100 MiB</source>
        <translation>«%1» ocupa %2 bytes; un adjunto puede ocupar como máximo 100 MiB</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the attachment was not stored</source>
        <translation>el adjunto no se guardó</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no attachment %1</source>
        <translation>no existe el adjunto %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attachment %1 &quot;%2&quot; does not match its SHA-256: its bytes were changed after they were stored</source>
        <translation>el adjunto %1 «%2» no coincide con su SHA-256: sus bytes se cambiaron después de guardarse</translation>
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
    <name>Language</name>
    <message>
        <location filename="../ui/common/StatusText.cpp" line="+61"/>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location line="+70"/>
        <location line="+1"/>
        <source>lab result: %1</source>
        <translation>resultado de laboratorio: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lab result</source>
        <translation>resultado de laboratorio</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>questionnaire answer: %1</source>
        <translation>respuesta del cuestionario: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>questionnaire answer</source>
        <translation>respuesta del cuestionario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>member record: name</source>
        <translation>ficha del miembro: nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member record: member ID</source>
        <translation>ficha del miembro: ID de miembro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member record: date of birth</source>
        <translation>ficha del miembro: fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member record: sex</source>
        <translation>ficha del miembro: sexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member record: sex at birth</source>
        <translation>ficha del miembro: sexo al nacer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>member record</source>
        <translation>ficha del miembro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>coverage record</source>
        <translation>registro de cobertura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medication request</source>
        <translation>solicitud del medicamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>diagnosis record</source>
        <translation>registro de diagnóstico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prescriber record</source>
        <translation>registro del médico que receta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>document: %1</source>
        <translation>documento: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>demo data</source>
        <translation>datos de demostración</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>entry %1 of %2</source>
        <translation>entrada %1 de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bundle entry %1</source>
        <translation>entrada %1 del paquete</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location filename="../app/main.cpp" line="+183"/>
        <source>Where should pareview keep its case store?</source>
        <translation>¿Dónde debe guardar pareview su almacén de casos?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pareview stores (*.sqlite)</source>
        <translation>Almacenes de pareview (*.sqlite)</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+35"/>
        <location line="+8"/>
        <source>pareview</source>
        <translation>pareview</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The catalog in %1 cannot be used:
%2</source>
        <translation>No se puede usar el catálogo de %1:
%2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Password for the database server %1:</source>
        <translation>Contraseña del servidor de base de datos %1:</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../ui/common/StatusText.cpp" line="-185"/>
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
    <name>StatusText</name>
    <message>
        <location line="+64"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>StoreCheckNotice</name>
    <message>
        <location filename="../ui/common/StoreCheckNotice.cpp" line="+20"/>
        <source>&lt;b&gt;The case store failed its integrity check&lt;/b&gt; (%1). It is read-only: nothing can be saved. Close pareview and restore the last backup.</source>
        <translation>&lt;b&gt;El almacén de casos no superó su comprobación de integridad&lt;/b&gt; (%1). Es de solo lectura: no se puede guardar nada. Cierre pareview y restaure la última copia de seguridad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Store integrity problem</source>
        <translation>Problema de integridad del almacén</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking the case store… read-only until it passes</source>
        <translation>Comprobando el almacén de casos… de solo lectura hasta que se supere</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Case store checked: no problems found.</source>
        <translation>Almacén de casos comprobado: no se encontraron problemas.</translation>
    </message>
</context>
<context>
    <name>pareview</name>
    <message>
        <location filename="../model/store/Review.cpp" line="+68"/>
        <source>no case %1</source>
        <translation>no existe el caso %1</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>outcome &quot;%1&quot; is not one of %2</source>
        <translation>el resultado «%1» no es uno de %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>case %1 is an appeal: it is decided with an appeal outcome (overturned, partly overturned, upheld, dismissed, withdrawn), not a determination</source>
        <translation>el caso %1 es una apelación: se resuelve con un resultado de apelación (revocada, revocada en parte, confirmada, desestimada, retirada), no con una determinación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a determination names the policy and version it applied</source>
        <translation>una determinación indica la póliza y la versión que aplicó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an approval needs its start and end dates, the end on or after the start</source>
        <translation>una aprobación necesita sus fechas de inicio y fin, el fin igual o posterior al inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a referral names the policy the request goes to</source>
        <translation>una remisión indica la póliza a la que pasa la solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a request for information needs a reply-by date</source>
        <translation>una solicitud de información necesita una fecha límite de respuesta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the criteria results of case %1 recommend otherwise (%2): only a medical director decides against the recommendation (%3 is a %4)</source>
        <translation>los resultados de los criterios del caso %1 recomiendan otra cosa (%2): solo un director médico decide en contra de la recomendación (%3 es %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>deciding case %1 against the recommendation (%2) needs the medical director&apos;s written rationale</source>
        <translation>decidir el caso %1 en contra de la recomendación (%2) necesita la justificación escrita del director médico</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no criterion of case %1 is recorded as not met: a denial against the recommendation tells the member why in the explanation for the member</source>
        <translation>ningún criterio del caso %1 consta como no cumplido: una denegación en contra de la recomendación explica el motivo al miembro en la explicación para el miembro</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the determination was not stored</source>
        <translation>la determinación no se guardó</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>case %1 was changed by someone else meanwhile: reload it</source>
        <translation>otra persona cambió mientras tanto el caso %1: vuelva a cargarlo</translation>
    </message>
</context>
<context>
    <name>pareview::AppealLetters</name>
    <message>
        <location filename="../model/letters/AppealLetters.cpp" line="+89"/>
        <source>appeal %1 is not decided yet: record its outcome before writing its letter</source>
        <translation>la apelación %1 aún no está resuelta: registre su resultado antes de redactar su carta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no case %1</source>
        <translation>no existe el caso %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>letters are written in %1, not &quot;%2&quot;</source>
        <translation>las cartas se redactan en %1, no en «%2»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>appeal %1 was decided by %2, not by a medical director with credentials on file: its letter names the medical director who decided it</source>
        <translation>la apelación %1 la resolvió %2, no un director médico con credenciales registradas: su carta nombra al director médico que la resolvió</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>appeal %1: %2: its letter cannot state the next level</source>
        <translation>apelación %1: %2: su carta no puede indicar el siguiente nivel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>appeal %1 was upheld but its forwarding to the independent review entity is not recorded</source>
        <translation>la apelación %1 se confirmó, pero no consta su remisión a la entidad de revisión independiente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>appeal %1: the table appeal_rules gives no window for the %2 of the line of business &quot;%3&quot;</source>
        <translation>apelación %1: la tabla appeal_rules no da plazo para %2 de la línea de negocio «%3»</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>appeal letter %1 does not match its SHA-256: its stored bytes were changed after it was issued</source>
        <translation>la carta de apelación %1 no coincide con su SHA-256: sus bytes guardados se cambiaron después de emitirla</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (%2) may not write letters</source>
        <translation>%1 (%2) no puede redactar cartas</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (%2) may not issue or export letters</source>
        <translation>%1 (%2) no puede emitir ni exportar cartas</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (%2) may export letters already issued, but not issue one: appeal %3 has no %4 letter yet</source>
        <translation>%1 (%2) puede exportar cartas ya emitidas, pero no emitirlas: la apelación %3 aún no tiene carta de %4</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the letter of appeal %1 was not laid out for issuing</source>
        <translation>la carta de la apelación %1 no se compuso para emitirla</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>appeal %1 was changed by someone else meanwhile: write its letter again</source>
        <translation>otra persona cambió la apelación %1 mientras tanto: redacte su carta de nuevo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>case %1 was changed by someone else meanwhile: write its letter again</source>
        <translation>otra persona cambió el caso %1 mientras tanto: redacte su carta de nuevo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the letter of appeal %1 was not stored</source>
        <translation>la carta de la apelación %1 no se guardó</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>there is no appeal letter %1</source>
        <translation>no existe la carta de apelación %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) may not export letters</source>
        <translation>%1 (%2) no puede exportar cartas</translation>
    </message>
</context>
<context>
    <name>pareview::Appeals</name>
    <message>
        <location filename="../model/store/Appeals.cpp" line="+151"/>
        <source>no appeal deadline is set for %1 appeals of the line of business &quot;%2&quot; (table appeal_deadlines)</source>
        <translation>no hay un plazo de resolución definido para las apelaciones %1 de la línea de negocio «%2» (tabla appeal_deadlines)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>(none on the case)</source>
        <translation>(ninguna en el caso)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>no appeal filing window is set for the line of business &quot;%1&quot; (table appeal_rules)</source>
        <translation>no hay un plazo de presentación de apelaciones definido para la línea de negocio «%1» (tabla appeal_rules)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>an appeal of case %1 is filed by the member, the prescriber or a representative, not &quot;%2&quot;</source>
        <translation>la apelación del caso %1 la presenta el afiliado, el prescriptor o un representante, no «%2»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>case %1 is itself an appeal: after it the next level is outside the plan (%2)</source>
        <translation>el caso %1 ya es una apelación: después de ella, el siguiente nivel está fuera del plan (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the appeal&apos;s letter</source>
        <translation>vea la carta de la apelación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>case %1 is %2: only a final determination is appealed</source>
        <translation>el caso %1 está en estado %2: solo se apela una determinación final</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>case %1 has no denial or approval to appeal</source>
        <translation>el caso %1 no tiene ninguna denegación ni aprobación que apelar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>case %1 was approved: an appeal of an approval says what more was asked for (--reason)</source>
        <translation>el caso %1 se aprobó: la apelación de una aprobación indica qué más se había solicitado (--reason)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>case %1 already has an open appeal, %2, of this determination</source>
        <translation>el caso %1 ya tiene una apelación abierta, %2, de esta determinación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the appeal&apos;s received time %1 is in the future</source>
        <translation>la hora de recepción de la apelación, %1, está en el futuro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the appeal&apos;s received time %1 is before the determination it appeals (%2)</source>
        <translation>la hora de recepción de la apelación, %1, es anterior a la determinación que apela (%2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the appeal of case %1 was not filed: %2</source>
        <translation>la apelación del caso %1 no se presentó: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attachment &quot;%1&quot; is %2 bytes; one attachment may be at most 100 MiB</source>
        <translation>el adjunto «%1» ocupa %2 bytes; cada adjunto puede ocupar como máximo 100 MiB</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the new appeal was not found</source>
        <translation>no se encontró la apelación nueva</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>filed %1 days after the notice of %2; the window is %3 days (%4) and no good cause was given</source>
        <translation>presentada %1 días después del aviso del %2; el plazo es de %3 días (%4) y no se indicó una causa justificada</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no appeal %1</source>
        <translation>no existe la apelación %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>appeal outcome &quot;%1&quot; is not one of %2</source>
        <translation>el resultado de apelación «%1» no es uno de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>appeal %1 is already decided (%2)</source>
        <translation>la apelación %1 ya está decidida (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 may not record that an appeal is withdrawn</source>
        <translation>%1 no puede registrar que se retiró una apelación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only a medical director decides an appeal of a medical-necessity decision (%1)</source>
        <translation>solo un director médico decide una apelación de una decisión de necesidad médica (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 took part in a decision of case %2 that the appeal %3 reviews: an appeal is decided by a medical director who made neither the decision appealed nor one at an earlier level</source>
        <translation>%1 participó en una decisión del caso %2 que revisa la apelación %3: una apelación la decide un director médico que no tomó la decisión apelada ni ninguna de un nivel anterior</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>dismissing appeal %1 needs the reason</source>
        <translation>para desestimar la apelación %1 hace falta indicar el motivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a partly overturned appeal %1 says what stays denied (the reason)</source>
        <translation>la apelación %1, revocada parcialmente, indica qué sigue denegado (el motivo)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the determination appeal %1 is about is not stored</source>
        <translation>la determinación a la que se refiere la apelación %1 no está guardada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an overturned appeal %1 approves a quantity: give it</source>
        <translation>la apelación revocada %1 aprueba una cantidad: indíquela</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeal %1 overturned the determination.</source>
        <translation>La apelación %1 revocó la determinación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal %1 partly overturned the determination.</source>
        <translation>La apelación %1 revocó parcialmente la determinación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>appeal %1 %2: %3</source>
        <translation>apelación %1 %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the criteria are met on appeal</source>
        <translation>los criterios se cumplen en la apelación</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>appeal %1 was decided by someone else meanwhile: reload it</source>
        <translation>otra persona decidió mientras tanto la apelación %1: vuelva a cargarla</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>case %1 was changed by someone else meanwhile: reload it</source>
        <translation>otra persona cambió mientras tanto el caso %1: vuelva a cargarlo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the appealed determination&apos;s criteria: %1</source>
        <translation>los criterios de la determinación apelada: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the current criteria: %1</source>
        <translation>los criterios actuales: %1</translation>
    </message>
</context>
<context>
    <name>pareview::AppealsPanel</name>
    <message>
        <location filename="../ui/review/AppealsPanel.cpp" line="+46"/>
        <source>Overturned</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly overturned</source>
        <translation>Revocada parcialmente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upheld</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismissed</source>
        <translation>Desestimada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>independent review entity (forwarded automatically)</source>
        <translation>entidad de revisión independiente (se remite automáticamente)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>state fair hearing</source>
        <translation>audiencia imparcial estatal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>external review</source>
        <translation>revisión externa</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>File &amp;appeal…</source>
        <translation>&amp;Presentar apelación…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decide a&amp;ppeal…</source>
        <translation>Decidir a&amp;pelación…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue appeal &amp;letter</source>
        <translation>Emitir carta de &amp;apelación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letter language</source>
        <translation>Idioma de la carta</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+34"/>
        <source>denial</source>
        <translation>denegación</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+34"/>
        <source>approval</source>
        <translation>aprobación</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>expedited</source>
        <translation>acelerada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>standard</source>
        <translation>estándar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal %1 of case %2 (the %3 noticed %4)</source>
        <translation>Apelación %1 del caso %2 (%3 notificada el %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · level 2, at the %1 since %2 · due there %3</source>
        <translation> · nivel 2, en %1 desde %2 · vence allí %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · level 1, the plan&apos;s internal appeal · %1 · due %2</source>
        <translation> · nivel 1, la apelación interna del plan · %1 · vence el %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The medical director decides it in the Appeals tab (Decide appeal…).</source>
        <translation>El director médico la resuelve en la pestaña Apelaciones (Resolver apelación…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided: %1.</source>
        <translation>Resuelta: %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;b&gt;Appeal %1&lt;/b&gt; of case %2 (the %3 of determination %4), from the %5, received %6, %7.&lt;br/&gt;Due %8 — %9</source>
        <translation>&lt;b&gt;Apelación %1&lt;/b&gt; del caso %2 (la %3 de la determinación %4), presentada por: %5, recibida el %6, %7.&lt;br/&gt;Vence el %8 — %9</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;br/&gt;Reason: %1</source>
        <translation>&lt;br/&gt;Motivo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br/&gt;Filed after the %1-day window, without good cause.</source>
        <translation>&lt;br/&gt;Presentada fuera del plazo de %1 días, sin causa justificada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;br/&gt;Filed after the %1-day window; good cause: %2</source>
        <translation>&lt;br/&gt;Presentada fuera del plazo de %1 días; causa justificada: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;br/&gt;Outcome: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;br/&gt;Resultado: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;br/&gt;Next level: %1</source>
        <translation>&lt;br/&gt;Siguiente nivel: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br/&gt;Forwarded %1, due at the independent review entity %2</source>
        <translation>&lt;br/&gt;Remitida el %1; vence en la entidad de revisión independiente el %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At the decision appealed</source>
        <translation>En la decisión apelada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Cambió</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>changed</source>
        <translation>cambió</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open case %1</source>
        <translation>Abrir el caso %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No appeal has been filed against this case.</source>
        <translation>No se ha presentado ninguna apelación contra este caso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeals filed against this case:</source>
        <translation>Apelaciones presentadas contra este caso:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeal</source>
        <translation>Apelación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Presentada por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open the appeal</source>
        <translation>Abrir la apelación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a final determination is appealed.</source>
        <translation>Solo se apela una determinación final.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Peer-to-peer: closed, the decision %1.</source>
        <translation>Consulta entre pares: cerrada; la decisión %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stands</source>
        <translation>se mantiene</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>was changed</source>
        <translation>se cambió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer-to-peer: none requested.</source>
        <translation>Consulta entre pares: no se ha solicitado ninguna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record peer-to-peer &amp;request…</source>
        <translation>Registrar &amp;solicitud de consulta entre pares…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peer-to-peer requested by %1 (%2) %3; offer a time by %4.</source>
        <translation>Consulta entre pares solicitada por %1 (%2) el %3; ofrezca una hora a más tardar el %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Schedule peer-to-peer…</source>
        <translation>&amp;Programar consulta entre pares…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peer-to-peer with %1 scheduled for %2.</source>
        <translation>Consulta entre pares con %1 programada para el %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the &amp;discussion…</source>
        <translation>Registrar la &amp;consulta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peer-to-peer held %1 with %2: %3</source>
        <translation>Consulta entre pares realizada el %1 con %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close peer-to-peer…</source>
        <translation>&amp;Cerrar consulta entre pares…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File an appeal of %1</source>
        <translation>Presentar una apelación de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member</source>
        <translation>Afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prescriber</source>
        <translation>Prescriptor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <translation>Representante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xpedited (waiting could seriously harm the member&apos;s health)</source>
        <translation>&amp;Acelerada (esperar podría perjudicar gravemente la salud del afiliado)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only for an appeal filed after the window</source>
        <translation>Solo para una apelación presentada fuera de plazo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;document…</source>
        <translation>Agregar &amp;documento…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a document to the appeal</source>
        <translation>Agregar un documento a la apelación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File appeal</source>
        <translation>Presentar apelación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From:</source>
        <translation>&amp;Presentada por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Received:</source>
        <translation>&amp;Recibida:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+220"/>
        <source>R&amp;eason:</source>
        <translation>M&amp;otivo:</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>&amp;Good cause:</source>
        <translation>Causa &amp;justificada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents:</source>
        <translation>Documentos:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>appeal document</source>
        <translation>documento de la apelación</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Decide appeal %1</source>
        <translation>Decidir la apelación %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the letter tells the member</source>
        <translation>Lo que la carta le dice al afiliado</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Record outcome</source>
        <translation>Registrar resultado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved &amp;from:</source>
        <translation>Aprobado &amp;desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved &amp;to:</source>
        <translation>Aprobado &amp;hasta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quantity approved:</source>
        <translation>&amp;Cantidad aprobada:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The appeal is not decided yet: its letter is written once its outcome is recorded.</source>
        <translation>La apelación aún no está resuelta: su carta se redacta cuando se registre su resultado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 letter was issued %2 by %3: save or print it from the Letters tab.</source>
        <translation>La carta de %1 la emitió %3 el %2: guárdela o imprímala desde la pestaña Cartas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A clinical reviewer or a medical director issues the letter.</source>
        <translation>La carta la emite un revisor clínico o un director médico.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The letter was not issued.</source>
        <translation>La carta no se emitió.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Peer-to-peer on %1</source>
        <translation>Consulta entre pares sobre %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The decision stands</source>
        <translation>La decisión se mantiene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the decision to an approval</source>
        <translation>Cambiar la decisión a una aprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the decision: a new denial</source>
        <translation>Cambiar la decisión: una nueva denegación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requested &amp;by:</source>
        <translation>&amp;Solicitada por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Contacto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested &amp;at:</source>
        <translation>&amp;Fecha de solicitud:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer the discussion &amp;at:</source>
        <translation>&amp;Ofrecer la consulta para:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before %1 (%2)</source>
        <translation>Antes del %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held &amp;at:</source>
        <translation>&amp;Fecha de realización:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who took part:</source>
        <translation>&amp;Participantes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note of what was said:</source>
        <translation>&amp;Nota de lo que se dijo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Result:</source>
        <translation>&amp;Resultado:</translation>
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
        <location filename="../ui/attachments/AttachmentViewer.cpp" line="+25"/>
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
        <location line="+57"/>
        <source>Reading the PDF…</source>
        <translation>Leyendo el PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rendering page %1 of %2…</source>
        <translation>Mostrando la página %1 de %2…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This PDF cannot be shown: %1</source>
        <translation>No se puede mostrar este PDF: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <location line="-63"/>
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
        <location line="+60"/>
        <source>Page %1 cannot be shown: %2</source>
        <translation>No se puede mostrar la página %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../ui/admin/AuditView.cpp" line="+24"/>
        <source>Case reference, e.g. PA-0000012 (empty: every case)</source>
        <translation>Referencia del caso, p. ej. PA-0000012 (vacío: todos los casos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the chain</source>
        <translation>Verificar la cadena</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../ui/review/CaseView.cpp" line="+129"/>
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
        <location line="+37"/>
        <source>Back to worklist</source>
        <translation>Volver a la lista de trabajo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lab &amp;history…</source>
        <translation>&amp;Historial de laboratorio…</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <location line="+440"/>
        <source>Your decision differs from what the data say (%1): write a note, then press Enter to record it.</source>
        <translation>Su decisión difiere de lo que indican los datos (%1): escriba una nota y pulse Intro para registrarla.</translation>
    </message>
    <message>
        <location line="+327"/>
        <source>Attach a document</source>
        <translation>Adjuntar un documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;All files (*)</source>
        <translation>Documentos (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="-745"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <location line="+340"/>
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
        <location line="+133"/>
        <source> Refer to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation> Remitir a &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;This policy sends every review to a medical director.</source>
        <translation>&lt;br&gt;Esta póliza envía cada revisión a un director médico.</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>&lt;p&gt;&lt;i&gt;Documentation required.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Documentación requerida.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-566"/>
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
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+7"/>
        <source>Other workstations</source>
        <translation>Otras estaciones de trabajo</translation>
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
        <location line="+36"/>
        <source>Request values and their sources</source>
        <translation>Valores de la solicitud y sus fuentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earlier values</source>
        <translation>Valores anteriores</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+665"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location line="-664"/>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeals</source>
        <translation>Apelaciones</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Correction history</source>
        <translation>Historial de correcciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="-10"/>
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
        <location line="+9"/>
        <location line="+10"/>
        <source>Determinations</source>
        <translation>Determinaciones</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Determination</source>
        <translation>Determinación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rationale</source>
        <translation>Fundamento</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Corrections</source>
        <translation>Correcciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+545"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="-462"/>
        <source>No policy applies to this case.</source>
        <translation>Ninguna póliza se aplica a este caso.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The case could not be read again: %1</source>
        <translation>No se pudo volver a leer el caso: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>You also have this case open in another window (since %1) — changes may conflict</source>
        <translation>También tiene este caso abierto en otra ventana (desde %1): los cambios pueden entrar en conflicto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open by %1 since %2 — changes may conflict</source>
        <translation>Abierto por %1 desde las %2 — los cambios pueden entrar en conflicto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — reopen the case to see it.</source>
        <translation>%1 — vuelva a abrir el caso para verlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case was changed on another workstation</source>
        <translation>Este caso se cambió en otra estación de trabajo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Policy the case is reviewed under</source>
        <translation>Póliza con la que se revisa el caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the policy to review under…</source>
        <translation>Elija la póliza con la que revisar…</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
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
        <location line="+61"/>
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
        <location line="+35"/>
        <source>Choose the policy to review under first.</source>
        <translation>Primero elija la póliza con la que se revisa el caso.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is a section: it follows from its criteria and is not decided on its own.</source>
        <translation>%1 es una sección: resulta de sus criterios y no se decide por sí sola.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a group: it follows from its parts; decide them one by one.</source>
        <translation>%1 es un grupo: resulta de sus partes; decídalas una por una.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There are no criteria to decide in this case.</source>
        <translation>En este caso no hay criterios que decidir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every criterion is decided: none is left open.</source>
        <translation>Todos los criterios están decididos: no queda ninguno pendiente.</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+9"/>
        <source>Where the request&apos;s values came from could not be read: %1</source>
        <translation>No se pudo leer de dónde proceden los valores de la solicitud: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(removed)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2
Source: %3</source>
        <translation>%1: %2
Fuente: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2
Source: %3
Earlier: %4</source>
        <translation>%1: %2
Fuente: %3
Antes: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sources of this case&apos;s values were not recorded (it was stored before pareview kept them).</source>
        <translation>Las fuentes de los valores de este caso no se registraron (se guardó antes de que pareview las conservara).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The determinations could not be read: %1</source>
        <translation>No se pudieron leer las determinaciones: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — against the recommendation (%2)</source>
        <translation>%1 — en contra de la recomendación (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Superseded the determination before it: %1</source>
        <translation>Reemplazó la determinación anterior: %1</translation>
    </message>
    <message>
        <location line="+35"/>
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
    <message>
        <location line="+40"/>
        <source>%1 sent to the medical director.</source>
        <translation>%1 enviado al director médico.</translation>
    </message>
</context>
<context>
    <name>pareview::CaseWorkflow</name>
    <message>
        <location filename="../model/review/CaseWorkflow.cpp" line="+78"/>
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
        <source>the case is a draft the nurse has not submitted yet; it is claimed once it is submitted</source>
        <translation>el caso es un borrador que la enfermera aún no ha enviado; se asigna cuando se envíe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the case is %1; only a case waiting for review is claimed</source>
        <translation>el caso está en estado %1; solo se toma un caso que espera revisión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the case is a draft the nurse has not submitted yet; it is assigned once it is submitted</source>
        <translation>el caso es un borrador que la enfermera aún no ha enviado; se asigna cuando se envíe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the case is %1; only a case in review, pended or waiting for a medical director is assigned</source>
        <translation>el caso está %1; solo se asigna un caso en revisión, pendiente o en espera de un director médico</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the case was never submitted for review: the nurse submits it (or a reviewer claims it) before its criteria are decided</source>
        <translation>el caso nunca se envió a revisión: la enfermera lo envía (o un revisor lo toma) antes de que se decidan sus criterios</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+4"/>
        <source>the case was never submitted for review: the nurse submits it (or a reviewer claims it) before it is determined</source>
        <translation>el caso nunca se envió a revisión: la enfermera lo envía (o un revisor lo toma) antes de que se determine</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+21"/>
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
        <location filename="../model/store/Database.cpp" line="+199"/>
        <source>The case store is read-only while its integrity check runs (it started with pareview and takes a few seconds on a large store): nothing was saved. Try again in a moment.</source>
        <translation>El almacén de casos es de solo lectura mientras se ejecuta su comprobación de integridad (empezó con pareview y tarda unos segundos en un almacén grande): no se guardó nada. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The case store %1 stays read-only: pareview could not prepare it for writing (%2). Nothing was saved.</source>
        <translation>El almacén de casos %1 queda de solo lectura: pareview no pudo prepararlo para la escritura (%2). No se guardó nada.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The database server is unreachable: pareview connects again with the next step; nothing is lost on this screen.</source>
        <translation>No se puede acceder al servidor de base de datos: pareview se volverá a conectar en el siguiente paso; no se pierde nada de esta pantalla.</translation>
    </message>
</context>
<context>
    <name>pareview::DecisionDrafts</name>
    <message>
        <location filename="../model/store/DecisionDraft.cpp" line="+68"/>
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
        <location line="+34"/>
        <source>; only a medical director decides against the recommendation, with a written rationale</source>
        <translation>; solo un director médico decide en contra de la recomendación, con un fundamento por escrito</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+15"/>
        <source>case %1 cannot be approved under %2 %3: the policy gives no approval period for this request (%4); refer or deny it</source>
        <translation>el caso %1 no puede aprobarse según %2 %3: la póliza no establece un período de aprobación para esta solicitud (%4); remítalo o deniéguelo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>nothing in the criteria results of case %1 supports a denial: no criterion of %2 %3 is recorded as not met</source>
        <translation>nada en los resultados de los criterios del caso %1 respalda una denegación: ningún criterio de %2 %3 consta como no cumplido</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location filename="../ui/review/DeterminationDialog.cpp" line="+42"/>
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
        <location line="+23"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="+14"/>
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
        <location line="+39"/>
        <source>Letter text</source>
        <translation>Texto de la carta</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rationale (internal)</source>
        <translation>&amp;Fundamento (interno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xplanation for the member</source>
        <translation>E&amp;xplicación para el afiliado</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Letter (PDF)</source>
        <translation>Carta (PDF)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The letter is being issued; the dialog closes when it is stored.</source>
        <translation>La carta se está emitiendo; el diálogo se cierra cuando quede guardada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the %1 recorded on %2 by %3</source>
        <translation>la %1 registrada el %2 por %3</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>It was decided against the recommendation; the rationale: %1</source>
        <translation>Se decidió en contra de la recomendación; el fundamento: %1</translation>
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
        <location line="+219"/>
        <source>%1: the determination is superseded by a new %2.</source>
        <translation>%1: la determinación se reemplazó por una nueva %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 recorded.</source>
        <translation>%1: %2 registrada.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The letter was not issued.</source>
        <translation>La carta no se emitió.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: letter no. %2 issued (%3).</source>
        <translation>%1: carta n.º %2 emitida (%3).</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>The letter cannot be written: %1</source>
        <translation>No se puede redactar la carta: %1</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+59"/>
        <source>Recorded. The letter is issued as shown, without the DRAFT mark.</source>
        <translation>Registrado. La carta se emite tal como se muestra, sin la marca BORRADOR.</translation>
    </message>
    <message numerus="yes">
        <location line="-57"/>
        <source>DRAFT: %n page(s). Nothing is recorded or sent until you record and issue it.</source>
        <translation>
            <numerusform>BORRADOR: %n página. No se registra ni se envía nada hasta que la registre y la emita.</numerusform>
            <numerusform>BORRADOR: %n páginas. No se registra ni se envía nada hasta que la registre y la emita.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You decide against the recommendation: write your rationale first.</source>
        <translation>Usted decide en contra de la recomendación: primero escriba su fundamento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No criterion is recorded as not met: tell the member why the request is denied in the explanation.</source>
        <translation>Ningún criterio consta como no cumplido: explique al afiliado en la explicación por qué se deniega la solicitud.</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="-348"/>
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
        <location line="+174"/>
        <source>No letter: this outcome cannot be recorded — %1</source>
        <translation>Sin carta: este resultado no se puede registrar — %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 You decide against the recommendation: write your rationale (required). It is stored with the determination and shown in the case history.</source>
        <translation>%1 Usted decide en contra de la recomendación: escriba su fundamento (obligatorio). Se guarda con la determinación y se muestra en el historial del caso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Required: why you decide against the recommendation</source>
        <translation>Obligatorio: por qué decide en contra de la recomendación</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Required: tell the member why the request is denied</source>
        <translation>Obligatorio: indique al afiliado por qué se deniega la solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../model/intake/FactValidator.cpp" line="+40"/>
        <source>%1 %2 has no unit; the unit is never guessed</source>
        <translation>%1 %2 no tiene unidad; la unidad nunca se supone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unit &quot;%1&quot; for %2 cannot be converted to %3</source>
        <translation>la unidad «%1» de %2 no se puede convertir a %3</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>%1 must be 0 to %2</source>
        <translation>%1 debe estar entre 0 y %2</translation>
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
        <location line="+27"/>
        <source>dose %1 is not positive</source>
        <translation>la dosis %1 no es positiva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dose has no unit</source>
        <translation>la dosis no tiene unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dose unit &quot;%1&quot; cannot be converted to mcg/kg, vg/kg (genome copies per kg) or mg</source>
        <translation>la unidad de dosis «%1» no se puede convertir a mcg/kg, vg/kg (copias del genoma por kg) ni mg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dose %1 is not plausible for factor VIIa (at most %2); check the unit</source>
        <translation>la dosis %1 no es verosímil para el factor VIIa (como máximo %2); revise la unidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dose %1 is not plausible for a gene therapy (%2 to %3); write it as, say, 2 × 10^13</source>
        <translation>la dosis %1 no es verosímil para una terapia génica (%2 a %3); escríbala, por ejemplo, como 2 × 10^13</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dose %1 is not plausible for one injection (at most %2); check the unit</source>
        <translation>la dosis %1 no es plausible para una inyección (como máximo %2); revise la unidad</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>dose unit &quot;%1&quot; cannot be converted to %2: %3 is dosed per kg of body weight, and &quot;%1&quot; is a flat amount</source>
        <translation>la unidad de dosis «%1» no se puede convertir a %2: %3 se dosifica por kg de peso corporal y «%1» es una cantidad fija</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dose unit &quot;%1&quot; is per kg of body weight: %2 is given as a flat dose in %3, never per kg</source>
        <translation>la unidad de dosis «%1» es por kg de peso corporal: %2 se administra como dosis fija en %3, nunca por kg</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+29"/>
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
        <location filename="../ui/intake/IntakeForm.cpp" line="+135"/>
        <location line="+350"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="-349"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>male</source>
        <translation>masculino</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>female</source>
        <translation>femenino</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>10 digits</source>
        <translation>10 dígitos</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+254"/>
        <source>hours between doses</source>
        <translation>horas entre dosis</translation>
    </message>
    <message>
        <location line="-253"/>
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
        <location line="+2"/>
        <location line="+47"/>
        <location line="+5"/>
        <source>not stated</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>ICD-10-CM codes, e.g. D67 or D66, D68.311</source>
        <translation>Códigos ICD-10-CM, p. ej., D67 o D66, D68.311</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+24"/>
        <source>Attestation</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+334"/>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="-257"/>
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
        <location line="+253"/>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>Specialty</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+263"/>
        <source>Every (hours)</source>
        <translation>Cada (horas)</translation>
    </message>
    <message>
        <location line="-262"/>
        <location line="+265"/>
        <source>Quantity (mcg)</source>
        <translation>Cantidad (mcg)</translation>
    </message>
    <message>
        <location line="-264"/>
        <location line="+267"/>
        <source>Supply (days)</source>
        <translation>Suministro (días)</translation>
    </message>
    <message>
        <location line="-266"/>
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
        <location line="+229"/>
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
        <location line="-240"/>
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
        <location line="-178"/>
        <location line="+189"/>
        <source>Labs and measurements</source>
        <translation>Análisis de laboratorio y mediciones</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>&amp;Add lab result</source>
        <translation>&amp;Agregar resultado de laboratorio</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attestations</source>
        <translation>Declaraciones</translation>
    </message>
    <message>
        <location line="+39"/>
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
        <location line="+690"/>
        <source>Su&amp;bmit for review</source>
        <translation>En&amp;viar a revisión</translation>
    </message>
    <message>
        <location line="-679"/>
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
        <location line="+42"/>
        <source>D&amp;ose (vg/kg, one infusion)</source>
        <translation>D&amp;osis (vg/kg, una infusión)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&amp;ose (mcg/kg)</source>
        <translation>D&amp;osis (mcg/kg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&amp;ose (%1)</source>
        <translation>D&amp;osis (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>genome copies per kg, e.g. 2 × 10^13</source>
        <translation>copias del genoma por kg, p. ej. 2 × 10^13</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in each dose, not per kg</source>
        <translation>%1 en cada dosis, no por kg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mcg per kg, e.g. 90</source>
        <translation>mcg por kg, p. ej. 90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours between doses (168 = once a week)</source>
        <translation>horas entre dosis (168 = una vez por semana)</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="+195"/>
        <source>No policy covers this request</source>
        <translation>Ninguna póliza cubre esta solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No policy covers %1 (payer %2, %3, %4):
%5

Submit it anyway for referral?</source>
        <translation>Ninguna póliza cubre %1 (pagador %2, %3, %4):
%5

¿Enviarlo de todos modos para remisión?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no drug</source>
        <translation>sin medicamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no line of business</source>
        <translation>sin línea de negocio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was saved as a draft and not submitted: no policy covers it.</source>
        <translation>%1 se guardó como borrador y no se envió: ninguna póliza lo cubre.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="-505"/>
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
    <name>pareview::IntegrityStatus</name>
    <message>
        <location filename="../ui/admin/IntegrityStatus.cpp" line="+19"/>
        <source>Records: not checked yet</source>
        <translation>Registros: aún sin comprobar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+107"/>
        <location line="+2"/>
        <source>Store integrity</source>
        <translation>Integridad del almacén</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Records: checking…</source>
        <translation>Registros: comprobando…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Records: not checked (%1)</source>
        <translation>Registros: sin comprobar (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The integrity check could not run: %1</source>
        <translation>La comprobación de integridad no pudo ejecutarse: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>RECORDS CHANGED OUTSIDE PAREVIEW: %n problem(s) — checked %1</source>
        <translation>
            <numerusform>REGISTROS MODIFICADOS FUERA DE PAREVIEW: %n problema — comprobado el %1</numerusform>
            <numerusform>REGISTROS MODIFICADOS FUERA DE PAREVIEW: %n problemas — comprobado el %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check of %1 found records that were changed, deleted or inserted outside pareview. Keep the store as it is and compare it with the last backup:

%2</source>
        <translation>La comprobación del %1 encontró registros modificados, eliminados o insertados fuera de pareview. Conserve el almacén tal como está y compárelo con la última copia de seguridad:

%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Records intact · checked %1</source>
        <translation>Registros intactos · comprobado el %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Checked %1: the audit trail is whole (%n rows) and every record is as pareview wrote it (%2 checked, %3).</source>
        <translation>
            <numerusform>Comprobado el %1: el registro de auditoría está completo (%n fila) y cada registro está tal como lo escribió pareview (%2 comprobados, %3).</numerusform>
            <numerusform>Comprobado el %1: el registro de auditoría está completo (%n filas) y cada registro está tal como lo escribió pareview (%2 comprobados, %3).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>full check</source>
        <translation>comprobación completa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>those written since the previous check</source>
        <translation>los escritos desde la comprobación anterior</translation>
    </message>
</context>
<context>
    <name>pareview::LabHistoryDialog</name>
    <message>
        <location filename="../ui/review/LabHistoryDialog.cpp" line="+90"/>
        <source>Lab history for %1</source>
        <translation>Historial de laboratorio de %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No %1 results on record.</source>
        <translation>No hay resultados de %1 registrados.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>window: within %1 of %2</source>
        <translation>ventana: dentro de %1 del %2</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+13"/>
        <source>The chart of %1 cannot be drawn: %2</source>
        <translation>No se puede dibujar el gráfico de %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This criterion does not rest on a lab.</source>
        <translation>Este criterio no se basa en un análisis de laboratorio.</translation>
    </message>
</context>
<context>
    <name>pareview::LetterIssuing</name>
    <message>
        <location filename="../ui/common/LetterIssuing.cpp" line="+37"/>
        <source>Issuing the letter: laying out its pages…</source>
        <translation>Emitiendo la carta: componiendo sus páginas…</translation>
    </message>
</context>
<context>
    <name>pareview::Letters</name>
    <message>
        <location filename="../model/letters/Letters.cpp" line="+63"/>
        <source>no case %1</source>
        <translation>no existe el caso %1</translation>
    </message>
    <message>
        <location line="+264"/>
        <source>determination %1 supersedes determination %2, which is not stored</source>
        <translation>la determinación %1 sustituye a la determinación %2, que no está guardada</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+423"/>
        <source>case %1 has no determination yet: record the decision before writing its letter</source>
        <translation>el caso %1 aún no tiene determinación: registre la decisión antes de redactar su carta</translation>
    </message>
    <message>
        <location line="-414"/>
        <source>the request of case %1 was withdrawn: a withdrawn request gets no determination letter</source>
        <translation>la solicitud del caso %1 se retiró: una solicitud retirada no recibe carta de determinación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>letters are written in %1, not &quot;%2&quot;</source>
        <translation>las cartas se redactan en %1, no en «%2»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the denial of case %1 was recorded by %2 (%3), not by a medical director: a denial letter goes out only over a medical director&apos;s name, so a medical director must record the denial</source>
        <translation>la denegación del caso %1 la registró %2 (%3), no un director médico: una carta de denegación solo sale con el nombre de un director médico, así que un director médico debe registrar la denegación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the denial of case %1 was recorded by medical director %2, who has no credentials on file: a denial letter names the medical director&apos;s credentials</source>
        <translation>la denegación del caso %1 la registró el director médico %2, que no tiene credenciales registradas: una carta de denegación indica las credenciales del director médico</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>case %1 was decided under policy %2 version %3, which this program does not know: the letter cannot quote it</source>
        <translation>el caso %1 se decidió con la póliza %2 versión %3, que este programa no conoce: la carta no puede citarla</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the denial of case %1 names no criterion that was not met: a denial letter must say which requirement was not met</source>
        <translation>la denegación del caso %1 no nombra ningún criterio no cumplido: una carta de denegación debe decir qué requisito no se cumplió</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no appeal deadline is set for the line of business &quot;%1&quot; (table appeal_rules): the denial letter of case %2 cannot state the member&apos;s appeal rights</source>
        <translation>no hay plazo de apelación para la línea de negocio «%1» (tabla appeal_rules): la carta de denegación del caso %2 no puede indicar los derechos de apelación del miembro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none on the case)</source>
        <translation>(ninguna en el caso)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the request for information of case %1 names nothing that is missing: its letter would ask for nothing</source>
        <translation>la solicitud de información del caso %1 no nombra nada que falte: su carta no pediría nada</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>letter %1 does not match its SHA-256: its stored bytes were changed after it was issued</source>
        <translation>la carta %1 no coincide con su SHA-256: sus bytes guardados se cambiaron después de emitirla</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+164"/>
        <source>%1 (%2) may not write letters</source>
        <translation>%1 (%2) no puede redactar cartas</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>%1 (%2) may not issue or export letters</source>
        <translation>%1 (%2) no puede emitir ni exportar cartas</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (%2) may export letters already issued, but not issue one: case %3 has no %4 letter for its latest determination yet</source>
        <translation>%1 (%2) puede exportar cartas ya emitidas, pero no emitirlas: el caso %3 aún no tiene carta de %4 para su última determinación</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+31"/>
        <source>case %1 got a new determination meanwhile: write its letter again</source>
        <translation>el caso %1 recibió una nueva determinación mientras tanto: redacte su carta de nuevo</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>the letter of case %1 was not laid out for issuing</source>
        <translation>la carta del caso %1 no se compuso para emitirla</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>case %1 was changed by someone else meanwhile: write its letter again</source>
        <translation>otra persona cambió el caso %1 mientras tanto: redacte su carta de nuevo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the letter of case %1 was not stored</source>
        <translation>la carta del caso %1 no se guardó</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>there is no letter %1</source>
        <translation>no existe la carta %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) may not export letters</source>
        <translation>%1 (%2) no puede exportar cartas</translation>
    </message>
</context>
<context>
    <name>pareview::LettersPanel</name>
    <message>
        <location filename="../ui/review/LettersPanel.cpp" line="+36"/>
        <source>overturned</source>
        <translation>revocada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partly overturned</source>
        <translation>revocada en parte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>upheld</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dismissed</source>
        <translation>desestimada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appeal %1: %2</source>
        <translation>Apelación %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+15"/>
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
        <location line="+23"/>
        <source>The letter was sent to the printer (%n page(s)).</source>
        <translation>
            <numerusform>La carta se envió a la impresora (%n página).</numerusform>
            <numerusform>La carta se envió a la impresora (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+125"/>
        <location line="+1"/>
        <source>The letter was not printed: %1</source>
        <translation>La carta no se imprimió: %1</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>The letters cannot be listed: %1</source>
        <translation>No se pueden listar las cartas: %1</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+35"/>
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
        <location line="+6"/>
        <source>Saved the letter “%1” (%2) to %3 (SHA-256 %4).</source>
        <translation>Se guardó la carta «%1» (%2) en %3 (SHA-256 %4).</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+8"/>
        <source>Print letter</source>
        <translation>Imprimir carta</translation>
    </message>
    <message>
        <location line="-7"/>
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
        <location filename="../ui/MainWindow.cpp" line="+63"/>
        <source>pareview — %1 (%2)</source>
        <translation>pareview — %1 (%2)</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location line="+324"/>
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
        <location line="-440"/>
        <source>&amp;Settings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Connected to the database server again.</source>
        <translation>Conectado de nuevo al servidor de base de datos.</translation>
    </message>
    <message>
        <location line="+57"/>
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
        <location line="+17"/>
        <source>Open a case first.</source>
        <translation>Primero abra un caso.</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+80"/>
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
        <location line="+22"/>
        <source>A letter is being issued</source>
        <translation>Se está emitiendo una carta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter of %1 is still being laid out; it is stored in a moment. Close the window or sign out once it is issued (the case&apos;s Letters tab lists it).</source>
        <translation>La carta de %1 todavía se está componiendo; se guardará en un momento. Cierre la ventana o cierre la sesión cuando se haya emitido (la pestaña Cartas del caso la muestra).</translation>
    </message>
    <message>
        <location line="+94"/>
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
        <location filename="../ui/admin/PayerTableDialog.cpp" line="+53"/>
        <source>Payer table</source>
        <translation>Tabla de pagadores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which policies each payer&apos;s cases are reviewed under. A case is matched by its payer&apos;s name or any of the other names (case and spacing ignored). A payer not in the table gets every policy for the drug and line of business.</source>
        <translation>Con qué pólizas se revisan los casos de cada pagador. Un caso se asocia por el nombre de su pagador o cualquiera de sus otros nombres (sin distinguir mayúsculas ni espacios). A un pagador que no está en la tabla se le aplican todas las pólizas del medicamento y la línea de negocio.</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>pareview::PeerToPeers</name>
    <message>
        <location filename="../model/store/PeerToPeer.cpp" line="+82"/>
        <source>the peer-to-peer request %1 of case %2 was changed by someone else meanwhile: reload it</source>
        <translation>otra persona cambió mientras tanto la solicitud de consulta entre pares %1 del caso %2: vuelva a cargarla</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no peer-to-peer deadline is set for the line of business &quot;%1&quot; (table peer_to_peer_rules)</source>
        <translation>no hay un plazo de consulta entre pares definido para la línea de negocio «%1» (tabla peer_to_peer_rules)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none on the case)</source>
        <translation>(ninguna en el caso)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 may not record peer-to-peer requests</source>
        <translation>%1 no puede registrar solicitudes de consulta entre pares</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a peer-to-peer request on case %1 names who asked and how to reach them</source>
        <translation>una solicitud de consulta entre pares del caso %1 indica quién la pidió y cómo comunicarse con esa persona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the peer-to-peer request&apos;s time %1 is in the future</source>
        <translation>la hora de la solicitud de consulta entre pares, %1, está en el futuro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>case %1 is %2: a peer-to-peer discussion is about a final determination</source>
        <translation>el caso %1 está en estado %2: una consulta entre pares trata sobre una determinación final</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>case %1 has no denial or approval to discuss</source>
        <translation>el caso %1 no tiene ninguna denegación ni aprobación que tratar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>case %1 already has an open peer-to-peer request (%2)</source>
        <translation>el caso %1 ya tiene una solicitud de consulta entre pares abierta (%2)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 may not schedule peer-to-peer discussions</source>
        <translation>%1 no puede programar consultas entre pares</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the peer-to-peer request of case %1 is %2: only a request not yet held is scheduled</source>
        <translation>la solicitud de consulta entre pares del caso %1 está en estado %2: solo se programa una solicitud aún no realizada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the time offered for the peer-to-peer of case %1 is before the request</source>
        <translation>la hora ofrecida para la consulta entre pares del caso %1 es anterior a la solicitud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the time offered for the peer-to-peer of case %1, %2, is after its deadline %3 (%4)</source>
        <translation>la hora ofrecida para la consulta entre pares del caso %1, %2, es posterior a su plazo %3 (%4)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 may not record a peer-to-peer discussion</source>
        <translation>%1 no puede registrar una consulta entre pares</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the peer-to-peer request of case %1 is %2: only a scheduled discussion is held</source>
        <translation>la solicitud de consulta entre pares del caso %1 está en estado %2: solo se realiza una consulta programada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the peer-to-peer of case %1 is recorded with who took part and a note of what was said</source>
        <translation>la consulta entre pares del caso %1 se registra con quiénes participaron y una nota de lo que se dijo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>only a medical director closes a peer-to-peer discussion (%1)</source>
        <translation>solo un director médico cierra una consulta entre pares (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>the peer-to-peer request of case %1 is %2: it is closed once held</source>
        <translation>la solicitud de consulta entre pares del caso %1 está en estado %2: se cierra una vez realizada</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>only a medical director changes a decision after a peer-to-peer discussion (%1)</source>
        <translation>solo un director médico cambia una decisión después de una consulta entre pares (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>follows the peer-to-peer discussion of %1 with %2</source>
        <translation>resulta de la consulta entre pares del %1 con %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the peer-to-peer request %1 was changed by someone else meanwhile: reload it</source>
        <translation>otra persona cambió mientras tanto la solicitud de consulta entre pares %1: vuelva a cargarla</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no peer-to-peer request %1</source>
        <translation>no existe la solicitud de consulta entre pares %1</translation>
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
        <location filename="../ui/policies/PolicyComparisonView.cpp" line="+47"/>
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
    <name>pareview::Review</name>
    <message>
        <location filename="../model/store/Review.cpp" line="-345"/>
        <location line="+310"/>
        <source>criterion status &quot;%1&quot; is not one of %2</source>
        <translation>el estado de criterio «%1» no es uno de %2</translation>
    </message>
    <message>
        <location line="-308"/>
        <source>a criterion decision needs the policy and the criterion label</source>
        <translation>una decisión sobre un criterio necesita la póliza y la etiqueta del criterio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a section of %2 %3: it follows from its criteria and is not decided on its own</source>
        <translation>%1 es una sección de %2 %3: resulta de sus criterios y no se decide por sí sola</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 %3 is a group: it follows from its parts, which are decided one by one</source>
        <translation>%1 de %2 %3 es un grupo: resulta de sus partes, que se deciden una a una</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>case %1 is already %2: a new determination supersedes the one recorded, which only a medical director does, giving a reason</source>
        <translation>el caso %1 ya está %2: una nueva determinación sustituye a la registrada, algo que solo hace un director médico, indicando un motivo</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+14"/>
        <location line="+14"/>
        <source>superseding the determination of case %1 needs a reason</source>
        <translation>sustituir la determinación del caso %1 necesita un motivo</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>no case %1</source>
        <translation>no existe el caso %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>case %1 was changed by someone else meanwhile: reload it</source>
        <translation>otra persona cambió mientras tanto el caso %1: vuelva a cargarlo</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 recorded a determination on this case at %2</source>
        <translation>%1 registró una determinación en este caso a las %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 superseded the determination of this case at %2</source>
        <translation>%1 sustituyó la determinación de este caso a las %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 claimed this case at %2</source>
        <translation>%1 tomó este caso a las %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 assigned this case at %2</source>
        <translation>%1 asignó este caso a las %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 submitted this case for review at %2</source>
        <translation>%1 envió este caso a revisión a las %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sent this case to the medical director at %2</source>
        <translation>%1 envió este caso al director médico a las %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 chose the policy of this case at %2</source>
        <translation>%1 eligió la póliza de este caso a las %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 corrected this case at %2</source>
        <translation>%1 corrigió este caso a las %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 issued the letter of this case at %2</source>
        <translation>%1 emitió la carta de este caso a las %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 changed this case (%2) at %3</source>
        <translation>%1 cambió este caso (%2) a las %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Someone else changed this case</source>
        <translation>Otra persona cambió este caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; your change was not saved — reopen the case to see it</source>
        <translation>%1; su cambio no se guardó: vuelva a abrir el caso para verlo</translation>
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
        <location line="+41"/>
        <source>Checking the case store&apos;s integrity first; you are signed in as soon as it passes.</source>
        <translation>Primero se comprueba la integridad del almacén de casos; iniciará sesión en cuanto se supere.</translation>
    </message>
    <message>
        <location line="+10"/>
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
    <name>pareview::StoreCheck</name>
    <message>
        <location filename="../model/store/StoreCheck.cpp" line="+57"/>
        <source>cannot open the store to check it: %1</source>
        <translation>no se puede abrir el almacén para comprobarlo: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the check could not read the store: %1</source>
        <translation>la comprobación no pudo leer el almacén: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>; and %n more</source>
        <translation>
            <numerusform>; y %n más</numerusform>
            <numerusform>; y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The case store %1 failed its integrity check (%2). It stays read-only: nothing was saved. Close pareview and restore the last backup (pareview backup keeps checked copies).</source>
        <translation>El almacén de casos %1 no superó su comprobación de integridad (%2). Sigue siendo de solo lectura: no se guardó nada. Cierre pareview y restaure la última copia de seguridad (pareview backup guarda copias comprobadas).</translation>
    </message>
</context>
<context>
    <name>pareview::WorklistModel</name>
    <message>
        <location filename="../ui/worklist/WorklistModel.cpp" line="+163"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open by %1 since %2</source>
        <translation>Abierto por %1 desde las %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Records of this case were changed outside pareview (store integrity in the status bar)</source>
        <translation>Los registros de este caso se modificaron fuera de pareview (integridad del almacén en la barra de estado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 · open by %2</source>
        <translation>%1 · abierto por %2</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../ui/worklist/WorklistView.cpp" line="+51"/>
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
        <location line="+1"/>
        <source>Appeals due</source>
        <translation>Apelaciones por vencer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer-to-peer open</source>
        <translation>Consultas entre pares abiertas</translation>
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
        <location line="+12"/>
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
        <location line="+23"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Any payer</source>
        <translation>Cualquier pagador</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>more than %1 cases</source>
        <translation>más de %1 casos</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Claim next case</source>
        <translation>&amp;Tomar el siguiente caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the unassigned case due first and open it</source>
        <translation>Tomar el caso sin asignar que vence primero y abrirlo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Assign to…</source>
        <translation>&amp;Asignar a…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <location line="+7"/>
        <source>Give the selected case to a reviewer or medical director</source>
        <translation>Asignar el caso seleccionado a un revisor o director médico</translation>
    </message>
    <message>
        <location line="-23"/>
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
        <location line="+27"/>
        <source>Not claimed: %1</source>
        <translation>No se tomó: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to claim: no unassigned case is waiting for review.</source>
        <translation>No hay nada que tomar: ningún caso sin asignar espera revisión.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You claimed %1.</source>
        <translation>Tomó %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You claimed %1; it is open for review.</source>
        <translation>Tomó %1; está abierto para revisión.</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+52"/>
        <source>Not assigned: %1</source>
        <translation>No se asignó: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 assigned to %2.</source>
        <translation>%1 asignado a %2.</translation>
    </message>
    <message>
        <location line="-299"/>
        <location line="+223"/>
        <source>Overdue only</source>
        <translation>Solo vencidos</translation>
    </message>
    <message numerus="yes">
        <location line="-87"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
</context>
</TS>
