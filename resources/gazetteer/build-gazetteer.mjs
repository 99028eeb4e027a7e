#!/usr/bin/env node
// Regenerates gazetteer.json, the places and organisations the fact table recognizes, from open data
// installed on this machine, so the bundled file can be rebuilt and checked instead of trusted:
//
// - GeoNames (CC-BY 4.0) as Debian packages it: libgeonames0 carries the city table (GeoNames id,
//   name, country, population) as a GResource inside its shared library, and libgeonames-common the
//   Arabic names, as gettext catalogues keyed by GeoNames id under /usr/share/locale/ar/.
//     apt-get install libgeonames0 libgeonames-common libglib2.0-bin
// - world-countries (ODbL, a dev dependency): every country's Arabic name and its capital.
// - hand-entries.json: institutions and a few Libyan towns that the open lists lack.
//
// Usage: node resources/gazetteer/build-gazetteer.mjs [--cities FILE] [--catalogue FILE]
//   --cities     a cities.compiled already extracted with `gresource extract` (else found and extracted)
//   --catalogue  the Arabic geonames.mo (default /usr/share/locale/ar/LC_MESSAGES/geonames.mo)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const require = createRequire(import.meta.url);

/** Members of the Arab League, plus Western Sahara: the outlets Qarin's users read report on them most. */
const ARAB_COUNTRIES = new Set(
  'DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH'.split(' '),
);
/** Arab-world towns at or above this population are kept; every Libyan town in the table is kept. */
const ARAB_CITY_MIN_POPULATION = 50_000;
/**
 * Town names that are also everyday words (الجديد "the new", صور "pictures"…): as places they would
 * mark ordinary sentences. Compared after folding, like everything else.
 */
const COMMON_WORDS = ['الجديد', 'الجميل', 'صور', 'الحد', 'البلد', 'الوادي', 'المدينة', 'العاصمة', 'الشرقية',
  'الغربية', 'الوسطى', 'الشمالية', 'الجنوبية', 'الساحل', 'الجبل', 'الخط', 'المركز', 'الميناء', 'السلام',
  'الحرية', 'الوحدة', 'النصر', 'الأمل', 'الرحمة', 'العروبة', 'الثورة', 'الجمهورية', 'الملك', 'الامير', 'ثورة',
  'جامعة', 'جمال', 'سيان', 'الهندية', 'الغازية', 'الشامية', 'البيض', 'الجديدة', 'مساكن', 'المنزلة', 'تلا', 'رشيد',
  'سعيدة', 'معسكر', 'بوشر', 'الخارجة', 'المنشاة', 'المذنب', 'بركان', 'الحي', 'التل', 'الشفا', 'الأبي', 'الجمالية',
  'السانية', 'ميادين', 'علي صبيح', 'العماره', 'زرقاء', 'المبرز', 'منصورة', 'جبلة', 'مدينة خليفة أ', 'المطرية'];
const GRESOURCE_PATH = '/com/lomiri/geonames/cities.compiled';

function option(name) {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

function fail(message) {
  console.error(`build-gazetteer: ${message}`);
  process.exit(1);
}

/** Folds spelling variants so that duplicates and the common-word list compare equal. */
function fold(name) {
  return name
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه');
}

/** Bidi marks and stray spaces that some GeoNames translations carry. */
function clean(name) {
  return name.replace(/[\u200E\u200F\u202A-\u202E]/g, '').replace(/\s+/g, ' ').trim();
}

function findLibrary() {
  for (const folder of ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib64', '/usr/lib']) {
    if (!existsSync(folder)) continue;
    const name = readdirSync(folder).find((file) => /^libgeonames\.so\.\d/.test(file));
    if (name !== undefined) return join(folder, name);
  }
  return fail('libgeonames0 is not installed (apt-get install libgeonames0), and no --cities file was given');
}

function readCitiesTable() {
  const given = option('--cities');
  if (given !== undefined) return readFileSync(given);
  const library = findLibrary();
  const extracted = spawnSync('gresource', ['extract', library, GRESOURCE_PATH], { maxBuffer: 64 << 20 });
  if (extracted.error !== undefined || extracted.status !== 0) {
    fail(`could not extract ${GRESOURCE_PATH} from ${library} with gresource (apt-get install libglib2.0-bin)`);
  }
  return extracted.stdout;
}

/**
 * Reads the GVariant array `a(sssssssudd)` of libgeonames: id, name, admin1 code, admin1 name,
 * country code, country name, time zone, population, latitude, longitude. An array of
 * variable-size elements ends with a table of each element's end offset (4 bytes each here).
 */
function parseCities(buffer) {
  const size = buffer.length;
  const offsetSize = size > 0xffff ? 4 : size > 0xff ? 2 : 1;
  const readOffset = (at) =>
    (offsetSize === 4 ? buffer.readUInt32LE(at) : offsetSize === 2 ? buffer.readUInt16LE(at) : buffer[at]);
  const tableStart = readOffset(size - offsetSize);
  const count = (size - tableStart) / offsetSize;
  if (!Number.isInteger(count) || count <= 0) fail('the cities table is not the expected GVariant array');
  const cities = [];
  let previousEnd = 0;
  for (let i = 0; i < count; i++) {
    const end = readOffset(tableStart + i * offsetSize);
    let at = (previousEnd + 7) & ~7;
    const strings = [];
    for (let k = 0; k < 7; k++) {
      const zero = buffer.indexOf(0, at);
      strings.push(buffer.toString('utf8', at, zero));
      at = zero + 1;
    }
    at = (at + 3) & ~3;
    const population = buffer.readUInt32LE(at);
    cities.push({ id: strings[0], name: strings[1], country: strings[4], population });
    previousEnd = end;
  }
  return cities;
}

/** A gettext .mo catalogue as a Map from message id to translation. */
function readCatalogue(path) {
  if (!existsSync(path)) fail(`${path} is missing (apt-get install libgeonames-common)`);
  const buffer = readFileSync(path);
  const magic = buffer.readUInt32LE(0);
  const little = magic === 0x950412de;
  if (!little && buffer.readUInt32BE(0) !== 0x950412de) fail(`${path} is not a gettext catalogue`);
  const u32 = (at) => (little ? buffer.readUInt32LE(at) : buffer.readUInt32BE(at));
  const count = u32(8);
  const originals = u32(12);
  const translations = u32(16);
  const catalogue = new Map();
  for (let i = 0; i < count; i++) {
    const keyAt = u32(originals + i * 8 + 4);
    const key = buffer.toString('utf8', keyAt, keyAt + u32(originals + i * 8));
    const at = u32(translations + i * 8 + 4);
    catalogue.set(key, buffer.toString('utf8', at, at + u32(translations + i * 8)));
  }
  return catalogue;
}

/** The Arabic name of a GeoNames place, or undefined when the catalogue has only a transliteration. */
function arabicName(catalogue, id) {
  const translated = catalogue.get(id);
  if (translated === undefined) return undefined;
  const name = clean(translated)
    .replace(/\s*\(.*?\)\s*/g, ' ')
    .replace(/^(شعبية|محافظة|ولاية|إمارة|امارة)\s+/, '')
    .trim();
  return /^[\u0600-\u06FF\s]+$/.test(name) && name.length > 1 ? name : undefined;
}

const catalogue = readCatalogue(option('--catalogue') ?? '/usr/share/locale/ar/LC_MESSAGES/geonames.mo');
const cities = parseCities(readCitiesTable());
const countries = require('world-countries/countries.json');
const hand = JSON.parse(readFileSync(join(here, 'hand-entries.json'), 'utf8')).entries;

const entries = [];
const seen = new Set(COMMON_WORDS.map(fold));
function add(entry) {
  const key = fold(entry.name);
  if (seen.has(key)) return;
  seen.add(key);
  entries.push(entry);
}

/** Everyday names the press uses besides world-countries' common and official ones. */
const COUNTRY_ALIASES = {
  US: ['أمريكا', 'أميركا', 'الولايات المتحدة الأمريكية'],
  GB: ['بريطانيا'],
  RU: ['روسيا الاتحادية'],
};

for (const country of countries) {
  const name = country.translations?.ara?.common;
  if (name === undefined) continue;
  const official = clean(country.translations.ara.official ?? '');
  const aliases = [...(official !== '' && official.split(' ').length <= 5 ? [official] : []),
    ...(COUNTRY_ALIASES[country.cca2] ?? [])]
    .filter((alias) => fold(alias) !== fold(name) && !seen.has(fold(alias)));
  for (const alias of aliases) seen.add(fold(alias));
  add({ name: clean(name), kind: 'country', country: country.cca2, ...(aliases.length > 0 ? { aliases } : {}) });
}
for (const entry of hand) add(entry);
for (const country of countries) {
  for (const capital of country.capital ?? []) {
    const city = cities.find((row) => row.country === country.cca2 && row.name === capital);
    const name = city === undefined ? undefined : arabicName(catalogue, city.id);
    if (name !== undefined) add({ name, kind: 'capital', country: country.cca2 });
  }
}
const arabCities = cities
  .filter((city) => ARAB_COUNTRIES.has(city.country))
  .filter((city) => city.country === 'LY' || city.population >= ARAB_CITY_MIN_POPULATION)
  .sort((a, b) => b.population - a.population || a.id.localeCompare(b.id));
for (const city of arabCities) {
  const name = arabicName(catalogue, city.id);
  if (name !== undefined) add({ name, kind: 'city', country: city.country });
}

const gazetteer = {
  attribution: 'Place names: GeoNames (geonames.org), CC-BY 4.0, as packaged by Debian libgeonames-common; '
    + 'country names: world-countries (github.com/mledoze/countries), ODbL 1.0; '
    + 'institutions: hand-entries.json. See ATTRIBUTION.md.',
  entries,
};
writeFileSync(join(here, 'gazetteer.json'), `${JSON.stringify(gazetteer, null, 0).replace(/\},\{/g, '},\n{')}\n`);
const counts = entries.reduce((tally, entry) => ({ ...tally, [entry.kind]: (tally[entry.kind] ?? 0) + 1 }), {});
console.log(`gazetteer.json: ${entries.length} entries ${JSON.stringify(counts)}`);
