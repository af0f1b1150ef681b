#!/usr/bin/env python3
"""Release 1 of the bundled dataset (historical): turned the research files
(decisions.csv and vendors.csv of the first research, which are not part of this
repository) into resources/dataset/banatlas.json, applying the
editorial fixes listed in resources/README.md. Since release 2 the JSON itself is the
record, edited by hand and reviewed with its changelog; this script writes release 1 to
standard output only, for comparison, and never over the dataset.
Usage: make-dataset.py RESEARCH_FOLDER > release-1.json"""
import csv, json, sys

if len(sys.argv) != 2:
    sys.exit(__doc__)
research = sys.argv[1]

# Parents that are holding companies or state groups, not restricted vendors themselves:
# kept in the vendor's notes instead of as a parent link.
HOLDING_PARENTS = {'Huawei Investment & Holding', 'China Mobile Communications Group (state-owned)',
                   'China Telecommunications Corporation (state-owned)',
                   'China United Network Communications Group (state-owned)'}
ALIASES = {'Huawei': ['Huawei Technologies'], 'ZTE': ['ZTE Corporation'],
           'Hikvision': ['Hangzhou Hikvision Digital Technology'],
           'Dahua': ['Zhejiang Dahua Technology'], 'Hytera': ['Hytera Communications'],
           'Kaspersky': ['Kaspersky Lab'], 'DJI': ['SZ DJI Technology']}

vendors = []
for row in csv.DictReader(open(f'{research}/vendors.csv', encoding='utf-8')):
    notes = row['notes'].replace(' [parent from general knowledge, not from a source gathered here]', '')
    parent = row['parent']
    if parent in HOLDING_PARENTS:
        notes += f'. Owned by {parent} (general knowledge, not from a gathered source).'
        parent = ''
    vendors.append({'name': row['name'], 'home_country': row['home_country'], 'kind': row['kind'],
                    'parent': parent, 'aliases': ALIASES.get(row['name'], []), 'notes': notes})

# Deadlines the research recorded as prose: the field is a partial date, so the prose
# moves into the summary.
PROSE_DEADLINE = {'D029': 'Services had to stop within 60 days of the order\'s release.',
                  'D030': 'Services had to stop within 60 days of the order\'s release.',
                  'D057': 'Unauthorised equipment must be removed within 5 years (core) or 7 years '
                          '(non-core) of the authorisation being refused.'}
# Measures whose texts name no vendor: attributed as the reporting did, and said so.
UNNAMED = {'D047', 'D052', 'D056', 'D057', 'D058', 'D065', 'D066', 'D071'}
UNNAMED_NOTE = 'The measure names no vendor; the attribution follows the reporting.'

decisions = []
for row in csv.DictReader(open(f'{research}/decisions.csv', encoding='utf-8')):
    rid = row['id']
    summary = row['summary']
    deadline = row['deadline']
    if rid in PROSE_DEADLINE:
        summary += ' ' + PROSE_DEADLINE[rid]
        deadline = ''
    if rid in UNNAMED:
        summary += ' ' + UNNAMED_NOTE
    measure, legal_form, title = row['measure'], row['legal_form'], row['title']
    if rid == 'D005':
        # Carriers' choice under US pressure, not a law: a de facto restriction.
        measure, legal_form = 'restriction', 'de_facto'
        title = 'Huawei handsets shut out of US carriers'
    source = {'title': row['source_title'], 'publisher': row['source_publisher'],
              'url': row['source_url'], 'published': row['source_date'], 'accessed': '',
              'local_copy': '', 'sha256': ''}
    decisions.append({
        'id': int(rid[1:]), 'country': row['country'], 'vendors': row['vendors'].split(';'),
        'measure': measure, 'scope': row['scope'].split(';'), 'announced': row['announced'],
        'effective': row['effective'], 'ended': row['ended'], 'deadline': deadline,
        'title': title, 'summary': summary, 'legal_form': legal_form,
        'confidence': row['confidence'],
        # The Entity List listing named Huawei "and its affiliates".
        'covers_subsidiaries': rid == 'D024',
        'sources': [source] if source['title'] else []})

# Decisions found while building the dataset, beyond the research files.
decisions.append({
    'id': 77, 'country': 'DE', 'vendors': ['Huawei'], 'measure': 'allowed',
    'scope': ['5g_core', '5g_ran'], 'announced': '2019-10', 'effective': '', 'ended': '',
    'deadline': '',
    'title': "Germany's draft 5G security catalogue sets no exclusion of Huawei",
    'summary': "The Federal Network Agency's draft catalogue of security requirements for "
               "telecom networks asked suppliers to certify critical components and to declare "
               "their trustworthiness, but contained no clause excluding any vendor; the "
               "government said Huawei, like its competitors, had to show it met the criteria.",
    'legal_form': 'regulator', 'confidence': 'multiple_sources', 'covers_subsidiaries': False,
    'sources': [
        {'title': 'Bundesnetzagentur feilt an Sicherheitsvorgaben für Telekom-Netze',
         'publisher': 'Business Insider Deutschland (Reuters)',
         'url': 'https://www.businessinsider.de/bundesnetzagentur-feilt-an-sicherheitsvorgaben-fuer-telekom-netze-8101556?IR=T',
         'published': '2019-10', 'accessed': '', 'local_copy': '', 'sha256': ''},
        {'title': '5G-Netzausbau: Keine Anti-Huawei-Regeln im Sicherheitskatalog',
         'publisher': 'Hellweger Anzeiger (dpa)',
         'url': 'https://www.hellwegeranzeiger.de/Nachrichten/5G-NetzausbauKeine-Anti-Huawei-Regeln-im-Sicherheitskatalog-1459965.html',
         'published': '2019-10-14', 'accessed': '', 'local_copy': '', 'sha256': ''}]})

json.dump({'format': 'banatlas', 'version': 1, 'vendors': vendors, 'decisions': decisions},
          sys.stdout, ensure_ascii=False, indent=1)
print(file=sys.stdout)
print(len(vendors), 'vendors,', len(decisions), 'decisions', file=sys.stderr)
