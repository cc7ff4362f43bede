// SPDX-License-Identifier: MIT
// Kysely compiles the shapes of bench/shapes.cpp for SQLite, PostgreSQL and MySQL (Kysely has
// no Oracle dialect) without a connection: each query is built once, then its compile() is
// timed, against sqlweave's compile of a pre-built query. Before timing, each SQL is checked to
// be sqlweave's query (common.js). Prints JSON:
//   {"peer": "kysely", "version": ..., "node": ..., "ns_per_query": {"S1": {"sqlite": 1234.5}}}
//   node kysely-bench.js SECONDS SQLWEAVE_SQL_JSON [--show]
'use strict';
const k = require('kysely');
const { productColumns, lineColumns, customerColumns, tags, nsPerQuery, checkSameQueries } = require('./common');

const dialects = {
  sqlite: [k.SqliteAdapter, k.SqliteIntrospector, k.SqliteQueryCompiler],
  postgresql: [k.PostgresAdapter, k.PostgresIntrospector, k.PostgresQueryCompiler],
  mysql: [k.MysqlAdapter, k.MysqlIntrospector, k.MysqlQueryCompiler],
};

function database([Adapter, Introspector, Compiler]) {
  return new k.Kysely({
    dialect: {
      createAdapter: () => new Adapter(),
      createDriver: () => new k.DummyDriver(),
      createIntrospector: (db) => new Introspector(db),
      createQueryCompiler: () => new Compiler(),
    },
  });
}

// As close to sqlweave's SQL as Kysely's builder allows.
const shapes = {
  // Kysely has no GLOB operator: SQLite's case-sensitive startswith is written as SQL.
  S1: (db, dialect) => db.selectFrom('shop_product').select(productColumns)
    .where(dialect === 'sqlite' ? k.sql`${k.sql.ref('shop_product.name')} GLOB ${'Wid*'}`
      : k.sql`${k.sql.ref('shop_product.name')} LIKE ${dialect === 'mysql' ? k.sql`BINARY ` : k.sql``}${'Wid%'}`),
  S2: (db) => db.selectFrom('shop_product').select(productColumns)
    .where((eb) => eb.and([
      eb.or([eb('shop_product.category_id', 'in', [1, 2, 3]), eb.between('shop_product.price', 10, 100)]),
      eb('shop_product.active', '=', true)]))
    .orderBy('shop_product.price', 'desc').orderBy('shop_product.id', 'asc').limit(10).offset(10),
  // MySQL compares text case-sensitively only with BINARY, as Django's exact does.
  S3: (db, dialect) => db.selectFrom('shop_orderline')
    .innerJoin('shop_order', 'shop_orderline.order_id', 'shop_order.id')
    .innerJoin('shop_customer', 'shop_order.customer_id', 'shop_customer.id')
    .innerJoin('shop_product', 'shop_orderline.product_id', 'shop_product.id')
    .select(lineColumns)
    .where((eb) => eb.and([
      dialect === 'mysql' ? k.sql`${k.sql.ref('shop_customer.country')} = BINARY ${'DE'}` : eb('shop_customer.country', '=', 'DE'),
      eb('shop_product.price', '>', 100)])),
  S4: (db) => db.selectFrom('shop_customer')
    .leftJoin('shop_order', 'shop_customer.id', 'shop_order.customer_id')
    .select((eb) => ['shop_customer.country', eb.fn.count('shop_order.id').as('n')])
    .groupBy('shop_customer.country')
    .having((eb) => eb.fn.count('shop_order.id'), '>', 2)
    .orderBy('n', 'desc'),
  S5: (db) => db.selectFrom('shop_customer').select(customerColumns)
    .where((eb) => eb.exists(eb.selectFrom('shop_review as U0').select(k.sql`1`.as('a'))
      .whereRef('U0.author_id', '=', 'shop_customer.id').where('U0.rating', '>=', 4))),
  S6: (db, dialect) => (dialect === 'mysql' ? db.insertInto('shop_tag').values(tags)
    : db.insertInto('shop_tag').values(tags).returning('id')),
  S7: (db) => db.updateTable('shop_product')
    .set((eb) => ({ stock: eb('shop_product.stock', '+', 10) }))
    .where('shop_product.stock', '<', 5),
};

// Kysely's package exports do not include its package.json.
const kyselyVersion = () => JSON.parse(require('fs').readFileSync(
  require('path').join(__dirname, 'node_modules', 'kysely', 'package.json'), 'utf8')).version;

const args = process.argv.slice(2);
const show = args.includes('--show');
const [seconds, sqlPath] = args.filter((a) => a !== '--show');
const dbs = Object.fromEntries(Object.entries(dialects).map(([name, parts]) => [name, database(parts)]));
const built = {};
for (const [dialect, db] of Object.entries(dbs))
  for (const [name, build] of Object.entries(shapes)) (built[name] ??= {})[dialect] = build(db, dialect);

if (show) {
  for (const [name, byDialect] of Object.entries(built))
    for (const [dialect, q] of Object.entries(byDialect)) {
      const c = q.compile();
      console.log(`${name} ${dialect}: ${c.sql}\n  ${JSON.stringify(c.parameters)}`);
    }
  process.exit(0);
}

const cases = Object.keys(shapes).flatMap((s) => Object.keys(dialects).map((d) => [s, d]));
const accepted = require('./accepted-differences').kysely;
const checked = checkSameQueries('kysely', sqlPath, cases, (s, d) => {
  const c = built[s][d].compile();
  return { sql: c.sql, params: c.parameters };
}, accepted);

const result = { peer: 'kysely', version: kyselyVersion(), node: process.version,
  ns_per_query: {}, differences: checked.notes };
for (const [name, d] of checked.cases) {
  const q = built[name][d];
  let sink = 0;
  const ns = nsPerQuery(() => { sink += q.compile().sql.length; }, Number(seconds));
  if (sink === 0) throw new Error(`kysely compiled no SQL for ${name} ${d}`);
  (result.ns_per_query[name] ??= {})[d] = ns;
}
console.log(JSON.stringify(result));
