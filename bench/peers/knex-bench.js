// SPDX-License-Identifier: MIT
// knex builds the same shapes as bench/shapes.cpp and renders them with toSQL(), for the four
// dialects, without a connection. Prints its ns per query beside sqlweave's build_compile.
'use strict';
const fs = require('fs');
const knex = require('knex');

const clients = { sqlite: 'sqlite3', postgresql: 'pg', mysql: 'mysql', oracle: 'oracledb' };
const columns = ['id', 'name', 'sku', 'description', 'category_id', 'price', 'cost', 'weight', 'stock',
  'active', 'released', 'created'].map((c) => `shop_product.${c}`);
const tags = Array.from({ length: 100 }, (_, i) => ({ name: `t${i}`, weight: i }));

const shapes = {
  S1: (k) => k('shop_product').select(columns).where('shop_product.name', 'like', 'Wid%'),
  S2: (k) => k('shop_product').select(columns)
    .where((q) => q.whereIn('shop_product.category_id', [1, 2, 3]).orWhereBetween('shop_product.price', [10, 100]))
    .andWhere('shop_product.active', true)
    .orderBy([{ column: 'shop_product.price', order: 'desc' }, { column: 'shop_product.id', order: 'asc' }])
    .limit(10).offset(10),
  S3: (k) => k('shop_orderline').select('shop_orderline.*')
    .innerJoin('shop_order', 'shop_orderline.order_id', 'shop_order.id')
    .innerJoin('shop_customer', 'shop_order.customer_id', 'shop_customer.id')
    .innerJoin('shop_product', 'shop_orderline.product_id', 'shop_product.id')
    .where('shop_customer.country', 'DE').andWhere('shop_product.price', '>', 100),
  S4: (k) => k('shop_customer').select('shop_customer.country').count({ n: 'shop_order.id' })
    .leftJoin('shop_order', 'shop_customer.id', 'shop_order.customer_id')
    .groupBy('shop_customer.country').having(k.raw('COUNT(??) > ?', ['shop_order.id', 2])).orderBy('n', 'desc'),
  S5: (k) => k('shop_customer').select('shop_customer.*').whereExists(
    k('shop_review').select(k.raw('1')).whereRaw('?? = ??', ['shop_review.author_id', 'shop_customer.id'])
      .andWhere('shop_review.rating', '>=', 4)),
  S6: (k) => k('shop_tag').insert(tags),
  S7: (k) => k('shop_product').where('stock', '<', 5).update({ stock: k.raw('?? + ?', ['stock', 10]) }),
};

function nsPerQuery(build, k, minSeconds) {
  for (let i = 0; i < 2000; ++i) build(k).toSQL();  // warm up the JIT
  let iterations = 0;
  const start = process.hrtime.bigint();
  const budget = BigInt(Math.round(minSeconds * 1e9));
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let i = 0; i < 1000; ++i) build(k).toSQL();
    iterations += 1000;
    elapsed = process.hrtime.bigint() - start;
  }
  return Number(elapsed) / iterations;
}

function sqlweaveTimes(jsonPath) {
  const times = {};
  for (const b of JSON.parse(fs.readFileSync(jsonPath, 'utf8')).benchmarks) {
    const m = /^BM_build_compile\/(\w+)\/(S\d)$/.exec(b.name);
    if (!m || b.run_type !== 'iteration') continue;
    const scale = { ns: 1, us: 1e3, ms: 1e6, s: 1e9 }[b.time_unit];
    times[`${m[2]} ${m[1]}`] = b.real_time * scale;
  }
  return times;
}

const [jsonPath, minSeconds = '0.5'] = process.argv.slice(2);
const ours = sqlweaveTimes(jsonPath);
console.log('\nshape dialect     knex ns/query  sqlweave ns/query  knex/sqlweave');
const lines = [];
for (const [dialect, client] of Object.entries(clients)) {
  const k = knex({ client, useNullAsDefault: true });
  for (const [name, build] of Object.entries(shapes)) {
    const theirs = nsPerQuery(build, k, Number(minSeconds));
    const mine = ours[`${name} ${dialect}`];
    const ratio = mine ? theirs / mine : NaN;
    console.log(`${name}    ${dialect.padEnd(10)} ${theirs.toFixed(0).padStart(13)}  ${mine ? mine.toFixed(0).padStart(17) : '?'.padStart(17)}  ${ratio.toFixed(1).padStart(13)}`);
    lines.push(`peer knex ${name} ${dialect} ${ratio.toFixed(2)}`);
  }
}
console.log('');
for (const l of lines) console.log(l);
