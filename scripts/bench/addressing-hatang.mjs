#!/usr/bin/env node
// One measured run of hatang's overlap check on a generated plan (scripts/bench/addressing-gen.mjs): read the TSV,
// parse every prefix into typed arrays, sort + sweep per family, and turn each overlapping pair into a finding.
// Prints one JSON line: phase times (s, wall), CPU time of the whole process (s), overlapping pairs, a digest of the
// sorted pair list, peak RSS (MiB).
// Needs `npm run build` first (it imports the compiled module, as the CLI does).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { PrefixTableBuilder, forEachOverlap, parsePrefixWordsAt } from '../../dist/modules/net/index.js';

const [file, pairsOut] = process.argv.slice(2);
const t0 = performance.now();
const text = readFileSync(file, 'latin1');
const t1 = performance.now();

const v4 = new PrefixTableBuilder('ipv4', 1 << 16);
const v6 = new PrefixTableBuilder('ipv6', 1 << 16);
let ids4 = new Int32Array(1 << 16);
let ids6 = new Int32Array(1 << 16);
const words = new Uint32Array(4);
let bad = 0;
let start = 0;
while (start < text.length) {
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  // id \t agency \t province \t prefix
  const tab1 = text.indexOf('\t', start);
  const tab3 = text.lastIndexOf('\t', end);
  if (tab1 > 0 && tab3 > tab1) {
    let id = 0;
    for (let i = start; i < tab1; i++) id = id * 10 + (text.charCodeAt(i) - 48);
    let family = 'ipv4';
    for (let i = tab3 + 1; i < end; i++) {
      if (text.charCodeAt(i) === 58) {
        family = 'ipv6';
        break;
      }
    }
    const length = parsePrefixWordsAt(text, tab3 + 1, end, family, words);
    if (length < 0) {
      bad++;
    } else if (family === 'ipv4') {
      const n = v4.push(words[0], 0, 0, 0, length);
      if (n >= ids4.length) {
        const g = new Int32Array(ids4.length * 2);
        g.set(ids4);
        ids4 = g;
      }
      ids4[n] = id;
    } else {
      const n = v6.push(words[0], words[1], words[2], words[3], length);
      if (n >= ids6.length) {
        const g = new Int32Array(ids6.length * 2);
        g.set(ids6);
        ids6 = g;
      }
      ids6[n] = id;
    }
  }
  start = end + 1;
}
const t2 = performance.now();

// Findings: one per overlapping pair, as `hatang validate` reports them (rule, both sides, message).
const findings = [];
for (const [builder, ids] of [
  [v4, ids4],
  [v6, ids6],
]) {
  const table = builder.build();
  forEachOverlap(table, (outer, inner) => {
    const a = ids[outer];
    const b = ids[inner];
    findings.push({
      rule: 'ADDR-OVERLAP-01',
      severity: 'error',
      status: 'fail',
      target: `prefixes/${Math.max(a, b)}`,
      message: { vi: `Prefix ${a} chồng lấn prefix ${b}.`, en: `Prefix ${a} overlaps prefix ${b}.` },
      a: Math.min(a, b),
      b: Math.max(a, b),
    });
  });
}
const t3 = performance.now();

const pairs = findings
  .map((f) => `${f.a}\t${f.b}`)
  .sort((x, y) => {
    const [a1, b1] = x.split('\t').map(Number);
    const [a2, b2] = y.split('\t').map(Number);
    return a1 - a2 || b1 - b2;
  });
const digest = createHash('sha256').update(pairs.join('\n')).digest('hex').slice(0, 16);
if (pairsOut) writeFileSync(pairsOut, pairs.join('\n') + '\n');
const usage = process.resourceUsage();
const rss = usage.maxRSS / 1024;
const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
console.log(
  JSON.stringify({
    method: 'hatang',
    prefixes: v4.count + v6.count,
    bad,
    read: +((t1 - t0) / 1000).toFixed(3),
    parse: +((t2 - t1) / 1000).toFixed(3),
    detect: +((t3 - t2) / 1000).toFixed(3),
    total: +((t3 - t0) / 1000).toFixed(3),
    cpu: +cpu.toFixed(3),
    pairs: findings.length,
    digest,
    peakMiB: Math.round(rss),
  }),
);
