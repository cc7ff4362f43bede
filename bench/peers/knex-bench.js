// SPDX-License-Identifier: MIT
// knex builds the shapes of bench/shapes.cpp and renders them with toSQL(), for the four
// dialects, without a connection or driver. Prints the mean ns per query (build + toSQL()) as
// JSON: {"knex": version, "node": version, "ns_per_query": {"S1": {"sqlite": 1234.5, ...}}}.
//   node knex-bench.js [SECONDS_PER_CASE] [--show]   (--show prints each SQL instead)
'use strict';
const knex = require('knex');

const clients = { sqlite: 'sqlite3', postgresql: 'pg', mysql: 'mysql', oracle: 'oracledb' };
const qualified = (table, names) => names.map((c) => `${table}.${c}`);
const productColumns = qualified('shop_product', ['id', 'name', 'sku', 'description', 'category_id', 'price', 'cost',
  'weight', 'stock', 'active', 'released', 'created']);
const lineColumns = qualified('shop_orderline', ['id', 'order_id', 'product_id', 'quantity', 'unit_price', 'note']);
const customerColumns = qualified('shop_customer', ['id', 'name', 'email', 'city', 'country', 'vip', 'credit', 'score',
  'joined', 'last_login', 'notes']);
const tags = Array.from({ length: 100 }, (_, i) => ({ name: `t${i}`, weight: i }));

// As close to sqlweave's SQL as knex's builder allows: the same columns, joins and aliases.
const shapes = {
  S1: (k) => k('shop_product').select(productColumns).where('shop_product.name', 'like', 'Wid%'),
  S2: (k) => k('shop_product').select(productColumns)
    .where((q) => q.whereIn('shop_product.category_id', [1, 2, 3]).orWhereBetween('shop_product.price', [10, 100]))
    .andWhere('shop_product.active', true)
    .orderBy([{ column: 'shop_product.price', order: 'desc' }, { column: 'shop_product.id', order: 'asc' }])
    .limit(10).offset(10),
  S3: (k) => k('shop_orderline').select(lineColumns)
    .innerJoin('shop_order', 'shop_orderline.order_id', 'shop_order.id')
    .innerJoin('shop_customer', 'shop_order.customer_id', 'shop_customer.id')
    .innerJoin('shop_product', 'shop_orderline.product_id', 'shop_product.id')
    .where('shop_customer.country', 'DE').andWhere('shop_product.price', '>', 100),
  S4: (k) => k('shop_customer').select('shop_customer.country').count({ n: 'shop_order.id' })
    .leftJoin('shop_order', 'shop_customer.id', 'shop_order.customer_id')
    .groupBy('shop_customer.country').havingRaw('count(??) > ?', ['shop_order.id', 2]).orderBy('n', 'desc'),
  S5: (k) => k('shop_customer').select(customerColumns).whereExists(
    k.select(k.raw('1 as ??', ['a'])).from({ U0: 'shop_review' })
      .whereColumn('U0.author_id', 'shop_customer.id').andWhere('U0.rating', '>=', 4)),
  // sqlweave returns the new keys where the database can in the same statement.
  S6: (k, client) => (client === 'pg' || client === 'sqlite3'
    ? k('shop_tag').insert(tags).returning('id') : k('shop_tag').insert(tags)),
  S7: (k) => k('shop_product').where('shop_product.stock', '<', 5).increment('stock', 10),
};

// Warm up (JIT), then time whole batches until `seconds` have passed.
function nsPerQuery(run, seconds) {
  const warmEnd = process.hrtime.bigint() + BigInt(Math.round(Math.max(seconds / 2, 0.1) * 1e9));
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

const args = process.argv.slice(2);
const show = args.includes('--show');
const seconds = Number(args.find((a) => a !== '--show') ?? '0.5');
const result = { knex: require('knex/package.json').version, node: process.version, ns_per_query: {} };
for (const [dialect, client] of Object.entries(clients)) {
  const k = knex({ client, useNullAsDefault: true });
  for (const [name, build] of Object.entries(shapes)) {
    if (show) {
      console.log(`${name} ${dialect}: ${build(k, client).toSQL().sql}`);
      continue;
    }
    let sink = 0;
    const ns = nsPerQuery(() => { sink += build(k, client).toSQL().sql.length; }, seconds);
    if (sink === 0) throw new Error(`knex rendered no SQL for ${name} ${dialect}`);
    (result.ns_per_query[name] ??= {})[dialect] = ns;
  }
}
if (!show) console.log(JSON.stringify(result));
