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
    <message numerus="yes">
        <source>%n partnership(s) drawn</source>
        <translation>
            <numerusform>%n partnership drawn</numerusform>
            <numerusform>%n partnerships drawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not drawn: a community has no coordinates</source>
        <translation>
            <numerusform>%n not drawn: a community has no coordinates</numerusform>
            <numerusform>%n not drawn: a community has no coordinates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n community(ies) without coordinates</source>
        <translation>
            <numerusform>%n community without coordinates</numerusform>
            <numerusform>%n communities without coordinates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coordinates filled for %n community(ies).</source>
        <translation>
            <numerusform>Coordinates filled for %n community.</numerusform>
            <numerusform>Coordinates filled for %n communities.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with several possible places: double-click to choose.</source>
        <translation>
            <numerusform>%n with several possible places: double-click it to choose.</numerusform>
            <numerusform>%n with several possible places: double-click one to choose.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not in the offline city table: type their coordinates in the community's form.</source>
        <translation>
            <numerusform>%n not in the offline city table: type its coordinates in the community's form.</numerusform>
            <numerusform>%n not in the offline city table: type their coordinates in the community's form.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s) shown</source>
        <translation>
            <numerusform>%n partnership shown</numerusform>
            <numerusform>%n partnerships shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n community(ies)...</source>
        <translation>
            <numerusform>Looking up %n community...</numerusform>
            <numerusform>Looking up %n communities...</numerusform>
        </translation>
    </message>
</context>
</TS>
