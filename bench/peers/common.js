// SPDX-License-Identifier: MIT
// What the peer benchmarks share: the shop tables' columns, S6's rows, the timing loop and the
// check that a peer's SQL is the query sqlweave compiled (bench/sql_dump.cpp writes sqlweave's).
'use strict';
const fs = require('fs');

const qualified = (table, names) => names.map((c) => `${table}.${c}`);
const productColumns = qualified('shop_product', ['id', 'name', 'sku', 'description', 'category_id', 'price', 'cost',
  'weight', 'stock', 'active', 'released', 'created']);
const lineColumns = qualified('shop_orderline', ['id', 'order_id', 'product_id', 'quantity', 'unit_price', 'note']);
const customerColumns = qualified('shop_customer', ['id', 'name', 'email', 'city', 'country', 'vip', 'credit', 'score',
  'joined', 'last_login', 'notes']);
const tags = Array.from({ length: 100 }, (_, i) => ({ name: `t${i}`, weight: i }));

// Warm up (JIT), then time whole batches until `seconds` have passed: ns per call of `run`.
function nsPerQuery(run, seconds) {
  const warmEnd = process.hrtime.bigint() + BigInt(Math.round(Math.max(seconds / 2, 0.05) * 1e9));
  while (process.hrtime.bigint() < warmEnd) for (let i = 0; i < 100; ++i) run();
  const budget = BigInt(Math.round(seconds * 1e9));
  const start = process.hrtime.bigint();
  let iterations = 0;
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let i = 0; i < 100; ++i) run();
    iterations += 100;
    elapsed = process.hrtime.bigint() - start;
  }
  return Number(elapsed) / iterations;
}

// SQL reduced to what makes it the same query: case, quoting, placeholder spelling, spacing and
// parentheses do not count (a peer nests AND/OR in its own way; the operands and their order do).
function normalized(sql) {
  return sql.toLowerCase()
    .replace(/["`]/g, '')
    .replace(/\$\d+|:\d+|\?/g, '?')
    .replace(/[()]/g, ' ')
    .replace(/\s*,\s*/g, ', ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Booleans as 1/0 (Oracle binds them so) and every value as text.
const normalizedParams = (ps) => ps.map((p) => String(typeof p === 'boolean' ? Number(p) : p));

// Checks every (shape, dialect) a peer renders against sqlweave's SQL. `render(shape, dialect)`
// gives {sql, params}; `accepted[shape]` lists the differences in spelling that leave the query
// the same, each {reason, dialects?, sql: [pattern, replacement], params?: (ps) => ps}, applied
// to the peer's normalised SQL and parameters; a rule {reason, dialects, untimed: true} says the
// peer cannot write that query at all, and the case is left out. Returns {cases, notes}: the
// cases to time and the reasons applied per case; throws on a case that still differs.
function checkSameQueries(peer, sqlweavePath, cases, render, accepted) {
  const ours = JSON.parse(fs.readFileSync(sqlweavePath, 'utf8'));
  const notes = {};
  const same = [];
  const failures = [];
  for (const [shape, dialect] of cases) {
    const untimed = (accepted[shape] ?? []).find((r) => r.untimed && r.dialects.includes(dialect));
    if (untimed) {
      (notes[shape] ??= {})[dialect] = [`not timed: ${untimed.reason}`];
      continue;
    }
    const want = ours[shape][dialect];
    const got = render(shape, dialect);
    let sql = normalized(got.sql);
    let params = got.params;
    const reasons = [];
    for (const rule of accepted[shape] ?? []) {
      if (rule.dialects && !rule.dialects.includes(dialect)) continue;
      const next = sql.replace(rule.sql[0], rule.sql[1]);
      if (next === sql) continue;
      sql = next;
      if (rule.params) params = rule.params(params);
      reasons.push(rule.reason);
    }
    const wantSql = normalized(want.sql);
    const sameParams = JSON.stringify(normalizedParams(params)) === JSON.stringify(normalizedParams(want.params));
    if (sql !== wantSql || !sameParams || want.statements !== 1) {
      failures.push(`${peer} ${shape} ${dialect} is not sqlweave's query:\n  sqlweave: ${wantSql}\n            ` +
        `${JSON.stringify(want.params)} (${want.statements} statements)\n  ${peer}: ${sql}\n            ${JSON.stringify(params)}`);
      continue;
    }
    (notes[shape] ??= {})[dialect] = reasons;
    same.push([shape, dialect]);
  }
  if (failures.length) throw new Error(failures.join('\n'));
  return { cases: same, notes };
}

module.exports = { productColumns, lineColumns, customerColumns, tags, nsPerQuery, checkSameQueries };
