// SPDX-License-Identifier: MIT
// Puts each peer's ns per query beside sqlweave's times from the same bench/run (Google
// Benchmark JSON): knex's build + toSQL() against BM_build_compile, Kysely's compile() of a
// built query against BM_compile. Prints a table per peer, the differences in spelling its
// check accepted, then `peer <knex|kysely> <shape> <dialect> <peer/sqlweave>` lines.
//   node compare.js SQLWEAVE_JSON PEER_JSON...
'use strict';
const fs = require('fs');

const [oursPath, ...peerPaths] = process.argv.slice(2);
const toNs = { ns: 1, us: 1e3, ms: 1e6, s: 1e9 };
const against = { knex: 'build_compile', kysely: 'compile' };

// Mean real ns per query of BM_<mode>/<dialect>/<shape> over its repetitions.
const ours = {};
// Google Benchmark writes NaN for the cv of a counter that is always 0 (allocs of the floor).
const oursJson = fs.readFileSync(oursPath, 'utf8').replace(/:\s*-?(?:nan|NaN|inf|Infinity)\b/g, ': null');
for (const b of JSON.parse(oursJson).benchmarks) {
  const m = /^BM_(\w+)\/(\w+)\/(S\d)$/.exec(b.run_name ?? b.name);
  if (!m || b.error_occurred || b.run_type !== 'iteration') continue;
  const t = (ours[`${m[1]} ${m[3]} ${m[2]}`] ??= { ns: 0, runs: 0 });
  t.ns += b.real_time * toNs[b.time_unit];
  t.runs += 1;
}

const us = (ns) => (ns / 1000).toFixed(2).padStart(12);
const lines = [];
for (const path of peerPaths) {
  const theirs = JSON.parse(fs.readFileSync(path, 'utf8'));
  const mode = against[theirs.peer];
  console.log(`\n${theirs.peer} ${theirs.version} (node ${theirs.node}) against sqlweave ${mode}, µs per query`);
  console.log(`shape  dialect     ${theirs.peer.padStart(12)}      sqlweave   ${theirs.peer}/sqlweave`);
  for (const [shape, dialects] of Object.entries(theirs.ns_per_query)) {
    for (const [dialect, peerNs] of Object.entries(dialects)) {
      const t = ours[`${mode} ${shape} ${dialect}`];
      if (!t) continue;
      const ratio = peerNs / (t.ns / t.runs);
      console.log(`${shape.padEnd(6)} ${dialect.padEnd(11)}${us(peerNs)}  ${us(t.ns / t.runs)}  ${ratio.toFixed(2).padStart(14)}`);
      lines.push(`peer ${theirs.peer} ${shape} ${dialect} ${ratio.toFixed(2)}`);
    }
  }
  const accepted = new Set();
  for (const byDialect of Object.values(theirs.differences))
    for (const reasons of Object.values(byDialect)) reasons.forEach((r) => accepted.add(r));
  if (accepted.size) console.log(`same query as sqlweave's, up to: ${[...accepted].join('; ')}`);
}
console.log('');
for (const l of lines) console.log(l);
