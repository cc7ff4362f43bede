// SPDX-License-Identifier: MIT
// Where a peer spells sqlweave's query differently, per shape (see checkSameQueries in
// common.js): rewrites of the peer's normalised SQL and parameters that leave the query the
// same, or `untimed` for a query the peer cannot write the same way.
'use strict';

// The peer binds LIMIT and OFFSET as parameters where sqlweave writes the numbers.
const boundLimits = {
  reason: 'LIMIT/OFFSET bound as parameters',
  sql: [/ limit \? offset \?$/, ' limit 10 offset 10'],
  params: (ps) => (JSON.stringify(ps.slice(-2)) === '[10,10]' ? ps.slice(0, -2) : ps),
};
// The peer compares a boolean column with true where Django writes the column as the condition.
const booleanCompared = {
  reason: 'a boolean column compared with = true',
  dialects: ['sqlite', 'postgresql', 'mysql'],
  sql: [/ and shop_product\.active = \? order by /, ' and shop_product.active order by '],
  params: (ps) => ps.filter((p) => typeof p !== 'boolean'),
};
const outerJoin = { reason: 'LEFT JOIN for LEFT OUTER JOIN', sql: [/ left join /g, ' left outer join '] };
const tableAlias = { reason: 'AS before a table alias', sql: [/ from shop_review as u0 /, ' from shop_review u0 '] };

module.exports = {
  knex: {
    S2: [boundLimits, booleanCompared, {
      reason: 'knex pages on Oracle with nested ROWNUM queries, not OFFSET ... FETCH',
      dialects: ['oracle'], untimed: true,
    }],
    S4: [outerJoin, { reason: 'no AS before a column alias', dialects: ['oracle'], sql: [/ count shop_order\.id n /, ' count shop_order.id as n '] }],
    S5: [tableAlias],
    S6: [
      { reason: 'knex writes a multi-row SQLite insert as INSERT ... SELECT ... UNION ALL, without RETURNING', dialects: ['sqlite'], untimed: true },
      { reason: 'knex writes a multi-row Oracle insert as a PL/SQL block of EXECUTE IMMEDIATE, one per row', dialects: ['oracle'], untimed: true },
    ],
    S7: [{ reason: 'the column on the right of SET not qualified by its table', sql: [/ set stock = stock \+/, ' set stock = shop_product.stock +'] }],
  },
  kysely: {
    S2: [boundLimits, booleanCompared],
    S4: [outerJoin],
    S5: [tableAlias],
  },
};
