// SPDX-License-Identifier: MIT
// Puts knex's ns per query (knex-bench.js output) beside sqlweave's build_compile times from the
// same bench/run (Google Benchmark JSON): a table, then `peer knex <shape> <dialect> <knex/sqlweave>`.
//   node compare.js SQLWEAVE_JSON KNEX_JSON
'use strict';
const fs = require('fs');

const [oursPath, theirsPath] = process.argv.slice(2);
const theirs = JSON.parse(fs.readFileSync(theirsPath, 'utf8'));
const toNs = { ns: 1, us: 1e3, ms: 1e6, s: 1e9 };

// Mean real ns per query of BM_build_compile/<dialect>/<shape> over its repetitions.
const ours = {};
// Google Benchmark writes NaN for the cv of a counter that is always 0 (allocs of the floor).
const oursJson = fs.readFileSync(oursPath, 'utf8').replace(/:\s*-?(?:nan|NaN|inf|Infinity)\b/g, ': null');
for (const b of JSON.parse(oursJson).benchmarks) {
  const m = /^BM_build_compile\/(\w+)\/(S\d)$/.exec(b.run_name ?? b.name);
  if (!m || b.error_occurred || b.run_type !== 'iteration') continue;
  const key = `${m[2]} ${m[1]}`;
  const t = (ours[key] ??= { ns: 0, runs: 0 });
  t.ns += b.real_time * toNs[b.time_unit];
  t.runs += 1;
}

const rows = [];
for (const [shape, dialects] of Object.entries(theirs.ns_per_query)) {
  for (const [dialect, knexNs] of Object.entries(dialects)) {
    const t = ours[`${shape} ${dialect}`];
    if (t) rows.push({ shape, dialect, knexNs, oursNs: t.ns / t.runs });
  }
}

const us = (ns) => (ns / 1000).toFixed(2).padStart(12);
console.log(`\nknex ${theirs.knex} (node ${theirs.node}) build + toSQL() vs sqlweave build + compile, µs per query`);
console.log('shape  dialect           knex      sqlweave   knex/sqlweave');
for (const r of rows) {
  console.log(`${r.shape.padEnd(6)} ${r.dialect.padEnd(11)}${us(r.knexNs)}  ${us(r.oursNs)}  ${(r.knexNs / r.oursNs).toFixed(2).padStart(14)}`);
}
console.log('');
for (const r of rows) console.log(`peer knex ${r.shape} ${r.dialect} ${(r.knexNs / r.oursNs).toFixed(2)}`);
