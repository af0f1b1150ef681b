# German for the strings added with issue 13 (files that cannot be destroyed, hostile input).
# Used with fill-new-translations.py.
new = {
    '%1: cannot write the list of backups: %2':
        '%1: die Liste der Sicherungen kann nicht geschrieben werden: %2',
    '%1: is not a folder of its own (a link or a file); backups are not written through it':
        '%1: ist kein eigener Ordner (eine Verknüpfung oder eine Datei); Sicherungen werden nicht darüber geschrieben',
    'the record has more than %1 fields':
        'der Datensatz hat mehr als %1 Felder',
    'new vendor "%1" is one letter away from "%2"; check that it is not the same vendor':
        'der neue Anbieter „%1“ unterscheidet sich von „%2“ nur in einem Buchstaben; prüfen Sie, ob es nicht derselbe Anbieter ist',
    'expected a whole number from 1 to %1, got "%2"':
        'erwartet wird eine ganze Zahl von 1 bis %1, gefunden: „%2“',
    'expected a whole number from 1 to %1, got %2':
        'erwartet wird eine ganze Zahl von 1 bis %1, gefunden: %2',
    '"%1" appears twice':
        '„%1“ kommt zweimal vor',
    'the export would be %1 MiB; an import reads at most %2 MiB, so it is not written':
        'der Export wäre %1 MiB groß; ein Import liest höchstens %2 MiB, daher wird er nicht geschrieben',
    'the input is larger than %1 MiB; save it as a file to import more':
        'die Eingabe ist größer als %1 MiB; speichern Sie sie als Datei, um mehr zu importieren',
    'the %1 "%2" is not part of BanAtlas\'s schema':
        '„%2“ (%1) gehört nicht zum Schema von BanAtlas',
    'the %1 "%2" differs from what BanAtlas wrote':
        '„%2“ (%1) weicht von dem ab, was BanAtlas geschrieben hat',
    'the %1 "%2" is missing':
        '„%2“ (%1) fehlt',
    'no output file given':
        'keine Ausgabedatei angegeben',
    '%1: is a folder; give a file name':
        '%1: ist ein Ordner; geben Sie einen Dateinamen an',
    'a device': 'ein Gerät',
    'a pipe (FIFO)': 'eine Pipe (FIFO)',
    'a socket': 'ein Socket',
    'not a regular file': 'keine gewöhnliche Datei',
    '%1: is %2; only a regular file is written ("-" for standard output)':
        '%1: ist %2; geschrieben wird nur eine gewöhnliche Datei („-“ für die Standardausgabe)',
    '%1: is the database %2 or one of its files; it is never overwritten':
        '%1: ist die Datenbank %2 oder eine ihrer Dateien; sie wird nie überschrieben',
    "%1: is the name of one of the database's own files; it is never written":
        '%1: ist der Name einer Datei, die zur Datenbank gehört; sie wird nie geschrieben',
    '%1: is in %2, which belongs to the database':
        '%1: liegt in %2, das zur Datenbank gehört',
    'cannot write to standard output: %1':
        'die Standardausgabe kann nicht geschrieben werden: %1',
    ' … [cut: %1 more characters]':
        ' … [gekürzt: %1 weitere Zeichen]',
    'unterminated string': 'Zeichenkette ohne Ende',
    'unexpected end of the text': 'unerwartetes Ende des Textes',
    'too deeply nested': 'zu tief verschachtelt',
    'a bracket does not match': 'eine Klammer passt nicht',
    'unterminated object': 'Objekt ohne Ende',
    'unterminated array': 'Liste ohne Ende',
    'expected a value': 'ein Wert wird erwartet',
    'the text is empty': 'der Text ist leer',
    'garbage after the document': 'überzählige Zeichen nach dem Dokument',
    'expected a member name in quotes': 'ein Name in Anführungszeichen wird erwartet',
    'expected a colon after the member name': 'nach dem Namen wird ein Doppelpunkt erwartet',
    'expected a comma or the end of the object': 'ein Komma oder das Ende des Objekts wird erwartet',
    'expected a comma or the end of the array': 'ein Komma oder das Ende der Liste wird erwartet',
    'This file holds texts beyond BanAtlas\'s limits (too long, or with control characters); they are shown cut or cleaned, marked "[cut: …]"':
        'Diese Datei enthält Texte jenseits der Grenzen von BanAtlas (zu lang oder mit Steuerzeichen); sie werden gekürzt oder bereinigt gezeigt, markiert mit „[gekürzt: …]“',
    'Imported: to check': 'Importiert: bitte prüfen',
    'The import is done. Some things deserve a look:':
        'Der Import ist abgeschlossen. Einiges verdient einen Blick:',
    "Nothing was imported: the file is too large for this machine's memory.":
        'Nichts wurde importiert: die Datei ist zu groß für den Speicher dieses Rechners.',
    'Exported as CSV': 'Als CSV exportiert',
    '%1 is written. A CSV has one row per decision, so it leaves some things out; export as JSON to keep everything.':
        '%1 ist geschrieben. Eine CSV-Datei hat eine Zeile je Entscheidung und lässt daher manches weg; exportieren Sie als JSON, um alles zu behalten.',
    '%1: is a link to a file that does not exist':
        '%1: ist eine Verknüpfung zu einer Datei, die es nicht gibt',
    '%1: the file has %2 names (hard links); SQLite keeps its journal beside each name, so changes made through one name could be lost through another. Copy the file rather than linking it; it was left as it is':
        '%1: die Datei hat %2 Namen (harte Verknüpfungen); SQLite legt sein Journal neben jeden Namen, sodass Änderungen über einen Namen über einen anderen verloren gehen könnten. Kopieren Sie die Datei, statt sie zu verknüpfen; sie wurde nicht verändert',
    '%1: no such database':
        '%1: diese Datenbank gibt es nicht',
    '%1: not as BanAtlas wrote it: %2; it was left as it is':
        '%1: nicht so, wie BanAtlas sie geschrieben hat: %2; sie wurde nicht verändert',
    '%1: its recent changes are in %2, which cannot be read from this read-only folder, and no copy could be made to read them':
        '%1: ihre letzten Änderungen stehen in %2, das in diesem schreibgeschützten Ordner nicht gelesen werden kann, und es ließ sich keine Kopie anlegen, um sie zu lesen',
    '%1: open for writing elsewhere, or its lock file %2 is left over: if no BanAtlas has this file open, delete %2':
        '%1: anderswo zum Schreiben geöffnet, oder ihre Sperrdatei %2 ist übrig geblieben: wenn kein BanAtlas diese Datei geöffnet hat, löschen Sie %2',
    '%1: cannot create the lock file %2':
        '%1: die Sperrdatei %2 kann nicht angelegt werden',
    'no id is left: the largest, %1, is in use':
        'keine Kennung mehr frei: die größte, %1, ist vergeben',
    '%1: %2 added, %3 updated, %4 unchanged, %5 new vendors, %6 vendors updated\n':
        '%1: %2 hinzugefügt, %3 aktualisiert, %4 unverändert, %5 neue Anbieter, %6 Anbieter aktualisiert\n',
    'note: %1': 'Hinweis: %1',
    'note: there may be more such vendors; the list stops here':
        'Hinweis: es kann weitere solche Anbieter geben; die Liste endet hier',
    '%1 holds texts beyond BanAtlas\'s limits (too long, or with control characters); they were cut or cleaned, marked "[cut: …]"':
        '%1 enthält Texte jenseits der Grenzen von BanAtlas (zu lang oder mit Steuerzeichen); sie wurden gekürzt oder bereinigt, markiert mit „[gekürzt: …]“',
    'out of memory: the input is too large for this machine; nothing was written':
        'zu wenig Speicher: die Eingabe ist zu groß für diesen Rechner; nichts wurde geschrieben',
    'unexpected error: %1': 'unerwarteter Fehler: %1',
}
new['Some texts cut or cleaned'] = 'Einige Texte gekürzt oder bereinigt'
new['decisions with more than one source: %1 (the CSV has the first source of each)'] = \
    'Entscheidungen mit mehr als einer Quelle: %1 (die CSV-Datei enthält jeweils die erste Quelle)'
new['sources with an access date or a local copy: %1 (the CSV has no column for them)'] = \
    'Quellen mit Abrufdatum oder lokaler Kopie: %1 (die CSV-Datei hat keine Spalte dafür)'
new['vendors with details (home country, kind, parent, aliases, notes): %1 (the CSV names vendors only)'] = \
    'Anbieter mit Angaben (Herkunftsland, Art, Mutterunternehmen, andere Namen, Anmerkungen): %1 (die CSV-Datei nennt nur die Namen)'
new['Nothing was written: the export is too large for this machine\'s memory.'] = \
    'Nichts wurde geschrieben: der Export ist zu groß für den Speicher dieses Rechners.'
# Found by a second hostile round (links to the manifest, devices and pipes as files, ids).
new['%1: the list of backups is not a plain file of its own (a link or a folder); it is not written through'] = \
    '%1: die Liste der Sicherungen ist keine eigene gewöhnliche Datei (eine Verknüpfung oder ein Ordner); es wird nicht darüber geschrieben'
new['%1: the list of backups is not a plain file of its own (a link or a folder); backups are not written there'] = \
    '%1: die Liste der Sicherungen ist keine eigene gewöhnliche Datei (eine Verknüpfung oder ein Ordner); dort werden keine Sicherungen geschrieben'
new['a folder'] = 'ein Ordner'
new['%1: is %2; only a regular file is a database'] = '%1: ist %2; nur eine gewöhnliche Datei ist eine Datenbank'
new['%1: its lock file %2 is not a plain file; if no BanAtlas has this file open, delete %2'] = \
    '%1: ihre Sperrdatei %2 ist keine gewöhnliche Datei; wenn kein BanAtlas diese Datei geöffnet hat, löschen Sie %2'
new['no id is left: every id up to %1 is in use'] = 'keine Kennung mehr frei: jede Kennung bis %1 ist vergeben'
new['--db needs a file name'] = '--db braucht einen Dateinamen'
new['%1: the import was committed, but its summary could not be written: %2'] = \
    '%1: der Import wurde gespeichert, aber seine Zusammenfassung konnte nicht geschrieben werden: %2'
new['a record of %1 KiB; a record is at most %2 KiB'] = 'ein Datensatz von %1 KiB; ein Datensatz hat höchstens %2 KiB'
new['[cut: an address that is not http or https, or too long]'] = '[gekürzt: eine Adresse, die nicht http oder https ist, oder zu lang]'
new['%1 vendors; a decision names at most %2'] = '%1 Anbieter; eine Entscheidung nennt höchstens %2'
new['%1 sources; a decision cites at most %2'] = '%1 Quellen; eine Entscheidung nennt höchstens %2'
new['%1 other names; a vendor has at most %2'] = '%1 andere Namen; ein Anbieter hat höchstens %2'
