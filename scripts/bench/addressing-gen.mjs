#!/usr/bin/env node
// Generates a synthetic national address plan for the addressing benchmark: N prefixes = N/2 agencies in 34
// provinces (Zipf-like sizes), each with one IPv4 prefix (/24–/28, carved from 10.0.0.0/8 then 172.16.0.0/12) and
// one IPv6 prefix (/56, /60 or /64 inside its province's /40 of 2001:db8::/32, a fifth of them after a gap).
// Then 0.1 % of the prefixes are replaced by a planted overlap: a duplicate of another prefix, a more specific one
// inside it (1–2 bits longer) or a covering one (1–2 bits shorter). Deterministic (seeded): the same arguments give
// the same bytes.
//
//   node scripts/bench/addressing-gen.mjs --prefixes 1000000 --out bench-data/addressing/plan-1000000.tsv
//
// Output: TSV `id agency province prefix`, one prefix per line, and `<out>.json` with the counts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const total = Number(args.prefixes ?? 100000);
const out = args.out ?? `bench-data/addressing/plan-${total}.tsv`;
const seed = Number(args.seed ?? 42);
if (!Number.isInteger(total) || total < 2 || total % 2 !== 0) {
  console.error('--prefixes must be an even number of at least 2');
  process.exit(2);
}

// mulberry32: small, fast, good enough for test data
let state = seed >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pickWeighted = (items) => {
  let r = random();
  for (const [value, weight] of items) {
    if ((r -= weight) < 0) return value;
  }
  return items[items.length - 1][0];
};

const PROVINCES = 34;
const agencies = total / 2;
// Zipf-like shares: province k gets 1/k of the weight.
const weights = Array.from({ length: PROVINCES }, (_, k) => 1 / (k + 1));
const sum = weights.reduce((a, b) => a + b, 0);
const perProvince = weights.map((w) => Math.floor((w / sum) * agencies));
perProvince[0] += agencies - perProvince.reduce((a, b) => a + b, 0);

// IPv4: sizes drawn per agency, then carved largest first so that nothing is wasted.
const v4Sizes = new Uint8Array(agencies);
for (let i = 0; i < agencies; i++)
  v4Sizes[i] = pickWeighted([
    [24, 0.02],
    [25, 0.03],
    [26, 0.1],
    [27, 0.25],
    [28, 0.6],
  ]);
const order = Array.from({ length: agencies }, (_, i) => i).sort((a, b) => v4Sizes[a] - v4Sizes[b] || a - b);
const v4Net = new Float64Array(agencies);
const v4Ranges = [
  [0x0a000000, 0x0b000000],
  [0xac100000, 0xac200000],
];
let range = 0;
let cursor = v4Ranges[0][0];
for (const i of order) {
  const block = 2 ** (32 - v4Sizes[i]);
  if (cursor + block > v4Ranges[range][1]) {
    range++;
    if (range >= v4Ranges.length) throw new Error('IPv4 space exhausted: use fewer prefixes');
    cursor = v4Ranges[range][0];
  }
  v4Net[i] = cursor;
  cursor += block;
}

const v4Text = (n, len) => `${Math.floor(n / 16777216)}.${Math.floor(n / 65536) % 256}.${Math.floor(n / 256) % 256}.${n % 256}/${len}`;
// IPv6 prefixes are /40 + up to 24 bits: 2001:db8:PPxx:xxxx::/len; `offset` counts /64s inside the /40.
const v6Text = (province, offset, len) => {
  const g3 = (province << 8) | Math.floor(offset / 65536);
  const g4 = offset % 65536;
  return `2001:db8:${g3.toString(16)}:${g4.toString(16)}::/${len}`.replace(':0::/', '::/');
};

const lines = new Array(total);
const meta = []; // [family, province, value, len] per line for planting
let id = 0;
let agency = 0;
for (let p = 0; p < PROVINCES; p++) {
  let offset = 0; // in /64 units inside the province /40
  for (let k = 0; k < perProvince[p]; k++, agency++) {
    lines[id] = `${id}\ta${agency}\t${p}\t${v4Text(v4Net[agency], v4Sizes[agency])}`;
    meta[id++] = [4, p, v4Net[agency], v4Sizes[agency]];
    const len = pickWeighted([
      [56, 0.2],
      [60, 0.3],
      [64, 0.5],
    ]);
    const units = 2 ** (64 - len);
    if (random() < 0.2) offset += units; // leave a gap
    offset = Math.ceil(offset / units) * units;
    if (offset + units > 2 ** 24) throw new Error('province /40 exhausted');
    lines[id] = `${id}\ta${agency}\t${p}\t${v6Text(p, offset, len)}`;
    meta[id++] = [6, p, offset, len];
    offset += units;
  }
}

// Plant overlaps: replace 0.1 % of the prefixes by one overlapping another, never touching a planted one twice.
const planted = Math.max(1, Math.round(total / 1000));
const touched = new Set();
const kinds = { duplicate: 0, 'more-specific': 0, covering: 0 };
for (let n = 0; n < planted; n++) {
  let victim;
  let target;
  do {
    victim = Math.floor(random() * total);
    target = Math.floor(random() * total);
  } while (victim === target || touched.has(victim) || touched.has(target));
  touched.add(victim);
  touched.add(target);
  const [family, province, value, len] = meta[target];
  const kind = pickWeighted([
    ['duplicate', 0.34],
    ['more-specific', 0.33],
    ['covering', 0.33],
  ]);
  const delta = 1 + Math.floor(random() * 2);
  let text;
  if (family === 4) {
    const newLen = kind === 'duplicate' ? len : kind === 'more-specific' ? len + delta : len - delta;
    const block = 2 ** (32 - newLen);
    text = v4Text(kind === 'covering' ? Math.floor(value / block) * block : value, newLen);
  } else {
    const newLen = kind === 'duplicate' ? len : kind === 'more-specific' ? len + delta : len - delta;
    if (newLen > 64) {
      // more specific than /64: write the whole address
      const g3 = (province << 8) | Math.floor(value / 65536);
      text = `2001:db8:${g3.toString(16)}:${(value % 65536).toString(16)}::/${newLen}`;
    } else {
      const units = 2 ** (64 - newLen);
      text = v6Text(province, Math.floor(value / units) * units, newLen);
    }
  }
  kinds[kind]++;
  const [, agencyName, provinceName] = lines[victim].split('\t');
  lines[victim] = `${victim}\t${agencyName}\t${provinceName}\t${text}`;
}

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, lines.join('\n') + '\n');
writeFileSync(`${out}.json`, JSON.stringify({ prefixes: total, agencies, provinces: PROVINCES, seed, planted, kinds }, null, 2) + '\n');
console.log(
  `${out}: ${total} prefixes, ${planted} planted overlaps (${Object.entries(kinds)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ')})`,
);
