#!/usr/bin/env python3
"""Fills the translations of a .ts file from a Python list aligned with its unique
source texts (the way the German translation was first entered). Usage:
  fill-translation.py FILE.ts TRANSLATIONS.py"""
import re, sys
import xml.etree.ElementTree as ET

ts_path, table_path = sys.argv[1], sys.argv[2]
namespace = {}
exec(open(table_path, encoding='utf-8').read(), namespace)
tree = ET.parse(ts_path)
sources = []
for m in tree.iter('message'):
    s = m.find('source').text
    if s not in sources:
        sources.append(s)
table = dict(zip(sources, namespace['de']))
for m in tree.iter('message'):
    t = m.find('translation')
    t.text = table[m.find('source').text]
    t.attrib.pop('type', None)
body = ET.tostring(tree.getroot(), encoding='unicode')
with open(ts_path, 'w', encoding='utf-8') as f:
    f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n')
