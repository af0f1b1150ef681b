# German for the strings added with issue 12 (consistent views, keyboard, layout, names).
# Used with fill-new-translations.py.
new = {
    'Outlined: the governments whose class changed since %1 (%2)':
        'Umrandet: die Regierungen, deren Klasse sich seit %1 geändert hat (%2)',
    "Class of each government's measures, from %1 decisions in %2":
        'Klasse der Maßnahmen jeder Regierung, aus %1 Entscheidungen in %2',
    'Pending: announced, not yet in force (hatched).':
        'Ausstehend: angekündigt, noch nicht in Kraft (schraffiert).',
    'd MMM yyyy': 'd. MMM yyyy',
    'MMM yyyy': 'MMM yyyy',
    '5G core': '5G-Kernnetz',
    '5G radio access': '5G-Funkzugang',
    'whole network': 'gesamtes Netz',
    'government': 'Regierung und Verwaltung',
    'critical infrastructure': 'kritische Infrastruktur',
    'devices': 'Geräte',
    'surveillance': 'Überwachung',
    'software': 'Software',
    'investment': 'Investitionen',
    'other': 'Sonstiges',
    'law': 'Gesetz',
    'executive order': 'Regierungserlass',
    "regulator's decision": 'Entscheidung der Aufsicht',
    'procurement rule': 'Vergaberegel',
    'guidance': 'Leitlinie',
    'operators, voluntarily': 'Betreiber, freiwillig',
    'de facto': 'de facto',
    'official': 'amtlich',
    'multiple sources': 'mehrere Quellen',
    'single source': 'eine Quelle',
    'telecom equipment': 'Netzausrüstung',
    'semiconductors': 'Halbleiter',
    'apps': 'Apps',
    'A ban is in force: the vendor is excluded from the whole scope.':
        'Ein Verbot ist in Kraft: Der Anbieter ist aus dem ganzen Bereich ausgeschlossen.',
    'A restriction is in force: core only, a market-share cap, sensitive sites or a phase-out.':
        'Eine Beschränkung ist in Kraft: nur Kernnetz, Marktanteilsgrenze, sensible Standorte '
        'oder schrittweiser Ausstieg.',
    'Excluded from public procurement, government networks or funding.':
        'Ausgeschlossen von öffentlicher Beschaffung, Behördennetzen oder Förderung.',
    'A non-binding warning, or a proposal, review or consultation under way.':
        'Eine unverbindliche Warnung, oder ein Vorschlag, eine Prüfung oder Konsultation läuft.',
    'An explicit decision not to restrict, or the lifting of earlier measures.':
        'Eine ausdrückliche Entscheidung, nicht zu beschränken, oder die Aufhebung früherer '
        'Maßnahmen.',
    'Decisions exist, but every one has ended or was lifted.':
        'Es gibt Entscheidungen, aber alle sind abgelaufen oder aufgehoben.',
    'No decision is recorded: nothing is known, which is not the same as allowed.':
        'Keine Entscheidung erfasst: Es ist nichts bekannt, was nicht dasselbe ist wie erlaubt.',
    'Europe, close up': 'Europa, vergrößert',
    'How a class is decided': 'Wie eine Klasse bestimmt wird',
    'Every colour on the map, every badge and every bar of the timeline comes from the same '
    'rules, applied to the decisions recorded for a government and the vendors chosen, on the '
    'as-of date. Hover over a government or a badge to see the decisions that decide it.':
        'Jede Farbe auf der Karte, jedes Abzeichen und jeder Balken der Zeitleiste folgt denselben '
        'Regeln, angewandt auf die für eine Regierung und die gewählten Anbieter erfassten '
        'Entscheidungen zum Stichtag. Zeigen Sie auf eine Regierung oder ein Abzeichen, um die '
        'ausschlaggebenden Entscheidungen zu sehen.',
    'Only the decisions announced on or before the as-of date count. A date known only to the '
    'month or the year counts from its first day.':
        'Es zählen nur Entscheidungen, die bis zum Stichtag angekündigt wurden. Ein nur auf Monat '
        'oder Jahr bekanntes Datum zählt ab dessen erstem Tag.',
    "A ban, a restriction or a government ban stays in force until its own end date, or until "
    "a later decision allows the vendor or reverses the measure and has taken effect. A "
    "reversal that ends (a court's suspension, say) lifts the measure only while it lasts: "
    "afterwards the measure applies again.":
        'Ein Verbot, eine Beschränkung oder ein Behördenverbot bleibt in Kraft bis zu seinem '
        'eigenen Enddatum oder bis eine spätere Entscheidung den Anbieter erlaubt oder die '
        'Maßnahme aufhebt und wirksam geworden ist. Eine befristete Aufhebung (etwa die '
        'Aussetzung durch ein Gericht) hebt die Maßnahme nur für ihre Dauer auf: danach gilt die '
        'Maßnahme wieder.',
    'Between its announcement and its effective date a binding measure is pending: hatched on '
    'the map, marked "pending" in lists.':
        'Zwischen Ankündigung und Inkrafttreten ist eine verbindliche Maßnahme ausstehend: auf der '
        'Karte schraffiert, in Listen als „ausstehend“ markiert.',
    'A warning, a review under way, an allowance or a reversal lasts until the next decision '
    'about the vendor, or its own end date.':
        'Eine Warnung, eine laufende Prüfung, eine Erlaubnis oder eine Aufhebung gilt bis zur '
        'nächsten Entscheidung über den Anbieter oder bis zu ihrem eigenen Enddatum.',
    'The class is that of the most severe measure in force: Banned, then Restricted, '
    'Government ban, Warning / under review, Allowed.':
        'Die Klasse ist die der strengsten geltenden Maßnahme: Verboten, dann Beschränkt, '
        'Behördenverbot, Warnung / in Prüfung, Erlaubt.',
    'No measure in force means decisions exist but all have ended or were lifted. No data '
    'means no decision is recorded at all: it is not the same as Allowed.':
        'Keine Maßnahme in Kraft heißt: Es gibt Entscheidungen, aber alle sind abgelaufen oder '
        'aufgehoben. Keine Daten heißt: Es ist gar keine Entscheidung erfasst – das ist nicht '
        'dasselbe wie Erlaubt.',
    'For several vendors at once the strictest class among them counts. A decision about a '
    'parent company covers its subsidiaries when the decision says so.':
        'Für mehrere Anbieter zugleich zählt die strengste Klasse unter ihnen. Eine Entscheidung '
        'über eine Muttergesellschaft gilt für ihre Töchter, wenn die Entscheidung das sagt.',
    "On the timeline, a vendor's lane shows its strictest class among the governments shown.":
        'In der Zeitleiste zeigt die Spur eines Anbieters seine strengste Klasse unter den '
        'gezeigten Regierungen.',
    'Hatched: announced, not yet in force.': 'Schraffiert: angekündigt, noch nicht in Kraft.',
    'Help ▸ How a class is decided explains the rules.':
        'Hilfe ▸ Wie eine Klasse bestimmt wird erklärt die Regeln.',
    'Type a date, or 2018 for 1 Jan 2018 and 2018-11 for 1 Nov 2018':
        'Ein Datum eingeben, oder 2018 für den 1. Jan. 2018 und 2018-11 für den 1. Nov. 2018',
    'Discard changes?': 'Änderungen verwerfen?',
    'This decision has changes that are not saved. Discard them?':
        'Diese Entscheidung hat ungespeicherte Änderungen. Verwerfen?',
    'New': 'Neu',
    'Edit': 'Bearbeiten',
    'Delete': 'Löschen',
    'Undo &import (restore the backup taken before it)…':
        '&Import rückgängig machen (Sicherung von davor wiederherstellen)…',
    '&Find government': 'Regierung &suchen',
    'Next &pane': 'Nächster &Bereich',
    'Previous pa&ne': 'Vorheri&ger Bereich',
    'Ne&xt tab': 'Nächster Rei&ter',
    'Pre&vious tab': 'Vorheriger Reit&er',
    'Vendors that count: %1': 'Berücksichtigte Anbieter: %1',
    'Undo': 'Rückgängig',
    'Redo': 'Wiederholen',
    'Undo %1': 'Rückgängig: %1',
    'An import is undone by restoring the backup taken before it: Edit ▸ Undo import':
        'Ein Import wird rückgängig gemacht, indem die Sicherung von davor wiederhergestellt '
        'wird: Bearbeiten ▸ Import rückgängig machen',
    'Redo %1': 'Wiederholen: %1',
    'Imported: %1 added, %2 updated, %3 unchanged. Undo does not reach across an import; '
    'Edit ▸ Undo import restores the backup taken before it.':
        'Importiert: %1 hinzugefügt, %2 aktualisiert, %3 unverändert. Rückgängig reicht nicht '
        'über einen Import zurück; Bearbeiten ▸ Import rückgängig machen stellt die Sicherung von '
        'davor wieder her.',
    'Undo import': 'Import rückgängig machen',
    'Put the database back as it was before the last import?\n\nChanges made since the import '
    'are undone too. What is replaced is kept as a backup (File ▸ Restore from backup).':
        'Die Datenbank auf den Stand vor dem letzten Import zurücksetzen?\n\nSeit dem Import '
        'vorgenommene Änderungen gehen dabei ebenfalls zurück. Was ersetzt wird, bleibt als '
        'Sicherung erhalten (Datei ▸ Aus Sicherung wiederherstellen).',
    'Import undone: the backup from before it was restored':
        'Import rückgängig gemacht: Die Sicherung von davor wurde wiederhergestellt',
    'Import not undone': 'Import nicht rückgängig gemacht',
    'Cancelled; nothing was written.': 'Abgebrochen; es wurde nichts geschrieben.',
    'The report was not written: %1': 'Der Bericht wurde nicht geschrieben: %1',
    '&How a class is decided': '&Wie eine Klasse bestimmt wird',
    'Open &profile': 'Profil &öffnen',
    'Click a government to see its classes and why':
        'Klicken Sie auf eine Regierung, um ihre Klassen und deren Gründe zu sehen',
    '%1 (%2): %3': '%1 (%2): %3',
    'No decision recorded for these vendors': 'Keine Entscheidung zu diesen Anbietern erfasst',
    'By vendor, on %1:': 'Nach Anbieter, am %1:',
    'Click: why this colour · double-click: profile · wheel: zoom · drag: pan · 0: reset':
        'Klick: warum diese Farbe · Doppelklick: Profil · Mausrad: Zoom · Ziehen: verschieben · '
        '0: zurück',
    'Government': 'Regierung',
    'Vendor': 'Anbieter',
    'A lane per government (its class for the vendors chosen), or per vendor (its strictest '
    'class among the governments shown)':
        'Eine Spur je Regierung (ihre Klasse für die gewählten Anbieter) oder je Anbieter (seine '
        'strengste Klasse unter den gezeigten Regierungen)',
    'First decision': 'Erste Entscheidung',
    'Name': 'Name',
    '&Order:': 'Rei&henfolge:',
    'Click or drag on the date axis to move the as-of date':
        'Auf die Datumsachse klicken oder ziehen, um den Stichtag zu verschieben',
    '%1 from %2 until %3': '%1 vom %2 bis %3',
    '%1 since %2': '%1 seit %2',
    'The strictest class among the governments shown':
        'Die strengste Klasse unter den gezeigten Regierungen',
    'Decisions in effect:': 'Geltende Entscheidungen:',
    'Usage: banatlas [--db FILE] [--no-seed] COMMAND [OPTIONS]\nWith no command, opens the '
    'window.\n\nCommands:\n  import FILE.csv|FILE.json\n  export --format csv|json [--out '
    'FILE]\n  status --as-of DATE [--vendor NAME]... [--country CC]... [--csv]\n  timeline '
    '[--vendor NAME]... [--country CC]... [--csv]\n  map --out FILE.png|FILE.svg|FILE.pdf '
    '[--as-of DATE] [--vendor NAME]...\n  report --out FILE.pdf [--as-of DATE] [--vendor '
    'NAME]... [--country CC]...\n         [--group CODE] [--compare DATE] [--paper a4|letter] '
    '[--landscape]\n\nOptions:\n  --db FILE    database file (default: %1)\n  --no-seed    do '
    'not seed a newly created database with the bundled dataset\n  --version    print the '
    'version\n':
        'Aufruf: banatlas [--db DATEI] [--no-seed] BEFEHL [OPTIONEN]\nOhne Befehl öffnet sich '
        'das Fenster.\n\nBefehle:\n  import DATEI.csv|DATEI.json\n  export --format csv|json '
        '[--out DATEI]\n  status --as-of DATUM [--vendor NAME]... [--country CC]... [--csv]\n  '
        'timeline [--vendor NAME]... [--country CC]... [--csv]\n  map --out '
        'DATEI.png|DATEI.svg|DATEI.pdf [--as-of DATUM] [--vendor NAME]...\n  report --out '
        'DATEI.pdf [--as-of DATUM] [--vendor NAME]... [--country CC]...\n         [--group CODE] '
        '[--compare DATUM] [--paper a4|letter] [--landscape]\n\nOptionen:\n  --db DATEI   '
        'Datenbankdatei (Vorgabe: %1)\n  --no-seed    eine neu angelegte Datenbank nicht mit dem '
        'mitgelieferten Datensatz füllen\n  --version    die Version ausgeben\n',
    'timeline takes no positional argument': 'timeline nimmt kein Positionsargument',
    'European Union': 'Europäische Union',
    'North Atlantic Treaty Organization': 'Nordatlantikpakt-Organisation',
    'Five Eyes': 'Five Eyes',
    'Group of Seven': 'Gruppe der Sieben',
    'Quadrilateral Security Dialogue': 'Quadrilateraler Sicherheitsdialog',
    'Africa': 'Afrika',
    'Americas': 'Amerika',
    'Antarctica': 'Antarktis',
    'Asia': 'Asien',
    'Europe': 'Europa',
    'Oceania': 'Ozeanien',
    'Australia and New Zealand': 'Australien und Neuseeland',
    'Central Asia': 'Zentralasien',
    'Eastern Asia': 'Ostasien',
    'Eastern Europe': 'Osteuropa',
    'Latin America and the Caribbean': 'Lateinamerika und Karibik',
    'Melanesia': 'Melanesien',
    'Micronesia': 'Mikronesien',
    'Northern Africa': 'Nordafrika',
    'Northern America': 'Nordamerika',
    'Northern Europe': 'Nordeuropa',
    'Polynesia': 'Polynesien',
    'South-eastern Asia': 'Südostasien',
    'Southern Asia': 'Südasien',
    'Southern Europe': 'Südeuropa',
    'Sub-Saharan Africa': 'Subsahara-Afrika',
    'Western Asia': 'Westasien',
    'Western Europe': 'Westeuropa',
    'Quad': 'Quad',
}
