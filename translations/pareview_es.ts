<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>pareview::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="20"/>
        <source>Documentation required</source>
        <translation>Documentación requerida</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="31"/>
        <source>pareview — prior-authorization review</source>
        <translation>pareview — revisión de autorización previa</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="35"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="35"/>
        <source>Policy text</source>
        <translation>Texto de la póliza</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="40"/>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="59"/>
        <source>%n policies loaded</source>
        <translation>
            <numerusform>%n póliza cargada</numerusform>
            <numerusform>%n pólizas cargadas</numerusform>
        </translation>
    </message>
</context>
</TS>
