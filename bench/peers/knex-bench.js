// SPDX-License-Identifier: MIT
// knex builds the shapes of bench/shapes.cpp and renders them with toSQL(), for the four
// dialects, without a connection or driver; build + toSQL() is timed, against sqlweave's build
// + compile. Before timing, each SQL is checked to be sqlweave's query (common.js). Prints JSON:
//   {"peer": "knex", "version": ..., "node": ..., "ns_per_query": {"S1": {"sqlite": 1234.5}}}
//   node knex-bench.js SECONDS SQLWEAVE_SQL_JSON [--show]   (--show prints each SQL instead)
'use strict';
const knex = require('knex');
const { productColumns, lineColumns, customerColumns, tags, nsPerQuery, checkSameQueries } = require('./common');

const clients = { sqlite: 'sqlite3', postgresql: 'pg', mysql: 'mysql', oracle: 'oracledb' };

// sqlweave's startswith: GLOB on SQLite (case-sensitive), LIKE BINARY on MySQL, LIKE with an
// explicit escape character on Oracle.
const startswith = {
  sqlite: ['?? GLOB ?', 'Wid*'],
  postgresql: ['?? LIKE ?', 'Wid%'],
  mysql: ['?? LIKE BINARY ?', 'Wid%'],
  oracle: ["?? LIKE ? ESCAPE '\\'", 'Wid%'],
};

// As close to sqlweave's SQL as knex's builder allows: the same columns, joins and aliases.
const shapes = {
  S1: (k, dialect) => k('shop_product').select(productColumns)
    .whereRaw(startswith[dialect][0], ['shop_product.name', startswith[dialect][1]]),
  S2: (k) => k('shop_product').select(productColumns)
    .where((q) => q.whereIn('shop_product.category_id', [1, 2, 3]).orWhereBetween('shop_product.price', [10, 100]))
    .andWhere('shop_product.active', true)
    .orderBy([{ column: 'shop_product.price', order: 'desc' }, { column: 'shop_product.id', order: 'asc' }])
    .limit(10).offset(10),
  // MySQL compares text case-sensitively only with BINARY, as Django's exact does.
  S3: (k, dialect) => k('shop_orderline').select(lineColumns)
    .innerJoin('shop_order', 'shop_orderline.order_id', 'shop_order.id')
    .innerJoin('shop_customer', 'shop_order.customer_id', 'shop_customer.id')
    .innerJoin('shop_product', 'shop_orderline.product_id', 'shop_product.id')
    .whereRaw(dialect === 'mysql' ? '?? = BINARY ?' : '?? = ?', ['shop_customer.country', 'DE'])
    .andWhere('shop_product.price', '>', 100),
  S4: (k) => k('shop_customer').select('shop_customer.country').count({ n: 'shop_order.id' })
    .leftJoin('shop_order', 'shop_customer.id', 'shop_order.customer_id')
    .groupBy('shop_customer.country').havingRaw('count(??) > ?', ['shop_order.id', 2]).orderBy('n', 'desc'),
  S5: (k) => k('shop_customer').select(customerColumns).whereExists(
    k.select(k.raw('1 as ??', ['a'])).from({ U0: 'shop_review' })
      .whereColumn('U0.author_id', 'shop_customer.id').andWhere('U0.rating', '>=', 4)),
  // sqlweave returns the new keys where the database can in the same statement.
  S6: (k, dialect) => (dialect === 'postgresql' || dialect === 'sqlite'
    ? k('shop_tag').insert(tags).returning('id') : k('shop_tag').insert(tags)),
  S7: (k) => k('shop_product').where('shop_product.stock', '<', 5).increment('stock', 10),
};

const args = process.argv.slice(2);
const show = args.includes('--show');
const [seconds, sqlPath] = args.filter((a) => a !== '--show');
const builders = Object.fromEntries(Object.entries(clients).map(([d, client]) =>
  [d, knex({ client, useNullAsDefault: true })]));
const render = (shape, dialect) => {
  const s = shapes[shape](builders[dialect], dialect).toSQL();
  return { sql: s.sql, params: s.bindings };
};
const cases = Object.keys(shapes).flatMap((s) => Object.keys(clients).map((d) => [s, d]));

if (show) {
  for (const [s, d] of cases) console.log(`${s} ${d}: ${render(s, d).sql}`);
  process.exit(0);
}

const checked = checkSameQueries('knex', sqlPath, cases, render, require('./accepted-differences').knex);
const result = { peer: 'knex', version: require('knex/package.json').version, node: process.version,
  ns_per_query: {}, differences: checked.notes };
for (const [name, dialect] of checked.cases) {
  const k = builders[dialect];
  const build = shapes[name];
  let sink = 0;
  const ns = nsPerQuery(() => { sink += build(k, dialect).toSQL().sql.length; }, Number(seconds));
  if (sink === 0) throw new Error(`knex rendered no SQL for ${name} ${dialect}`);
  (result.ns_per_query[name] ??= {})[dialect] = ns;
}
console.log(JSON.stringify(result));
