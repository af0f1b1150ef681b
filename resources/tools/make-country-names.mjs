// Regenerates resources/reference/country_names_<lang>.csv (alpha2, name, aliases) from
// the MIT-licensed npm package i18n-iso-countries:
//   npm pack i18n-iso-countries   (unpack into ./package)
//   node make-country-names.mjs <i18n-iso-countries dir> de > country_names_de.csv
// The first name is the short one an analyst would write; the others become aliases the
// country search also finds.
import fs from 'node:fs';
import path from 'node:path';

const [isoDir, lang] = process.argv.slice(2);
const names = JSON.parse(fs.readFileSync(path.join(isoDir, `langs/${lang}.json`))).countries;

const preferred = {
  de: {
    CD: 'Demokratische Republik Kongo', CZ: 'Tschechien', RU: 'Russland', TZ: 'Tansania',
    US: 'Vereinigte Staaten', GB: 'Vereinigtes Königreich', HK: 'Hongkong',
  },
}[lang] ?? {};

const q = s => /[",\n]/.test(s) ? '"' + s.replaceAll('"', '""') + '"' : s;
const rows = [['alpha2', 'name', 'aliases']];
for (const code of Object.keys(names).sort()) {
  const all = [].concat(names[code]);
  const name = preferred[code] ?? all[0];
  rows.push([code, name, all.filter(n => n !== name).join(';')]);
}
process.stdout.write(rows.map(r => r.map(q).join(',')).join('\n') + '\n');
