<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n partnership</numerusform>
            <numerusform>%n partnerships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n exchange</numerusform>
            <numerusform>%n exchanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n community(ies)</source>
        <translation>
            <numerusform>%n community</numerusform>
            <numerusform>%n communities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) needing attention</source>
        <translation>
            <numerusform>%n item needing attention</numerusform>
            <numerusform>%n items needing attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timeline entry(ies)</source>
        <translation>
            <numerusform>%n timeline entry</numerusform>
            <numerusform>%n timeline entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, including %n archived</source>
        <translation>
            <numerusform>, including %n archived</numerusform>
            <numerusform>, including %n archived</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need(s) attention as of %1</source>
        <translation>
            <numerusform>%n item needs attention as of %1</numerusform>
            <numerusform>%n items need attention as of %1</numerusform>
        </translation>
    </message>
</context>
</TS>
