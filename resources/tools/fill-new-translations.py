#!/usr/bin/env python3
"""Fills the messages lupdate left unfinished in a .ts file from a table of
source text -> translation (the .ts file itself is the record of what is translated).
Usage: fill-new-translations.py FILE.ts TABLE.py   (TABLE.py defines `new = {...}`)
Prints the sources it has no translation for and exits 1 if there are any."""
import sys
import xml.etree.ElementTree as ET

ts_path, table_path = sys.argv[1], sys.argv[2]
namespace = {}
exec(open(table_path, encoding='utf-8').read(), namespace)
table = namespace['new']
tree = ET.parse(ts_path)
missing = []
for m in tree.iter('message'):
    t = m.find('translation')
    if t.get('type') != 'unfinished' and (t.text or '').strip():
        continue
    source = m.find('source').text
    if source in table:
        t.text = table[source]
        t.attrib.pop('type', None)
    else:
        missing.append(source)
body = ET.tostring(tree.getroot(), encoding='unicode')
with open(ts_path, 'w', encoding='utf-8') as f:
    f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n')
for s in missing:
    print('untranslated:', repr(s))
sys.exit(1 if missing else 0)
