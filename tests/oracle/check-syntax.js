// SPDX-License-Identifier: MIT
// Parses every statement of sqlweave's Oracle snapshots with the grammars-v4 PL/SQL grammar
// (prebuilt by antlr4ts-sql). Oracle cannot run here; this proves its SQL at least parses.
'use strict';
const fs = require('fs');
const path = require('path');
const { antlr4tsSQL, SQLDialect } = require('antlr4ts-sql');

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return e.name.endsWith('.sql') ? [p] : [];
  });
}

const dir = process.argv[2];
if (!dir || !fs.existsSync(dir)) {
  console.error('usage: check-syntax DIR   (DIR: tests/snapshots/oracle)');
  process.exit(2);
}
const sql = new antlr4tsSQL(SQLDialect.PLSQL);
let passed = 0;
let failed = 0;
for (const file of files(dir).sort()) {
  // A snapshot holds `-- ` comment lines and one statement a line.
  const statements = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('--'));
  for (const statement of statements) {
    const errors = [];
    const listener = {
      syntaxError: (_r, _s, line, column, message) => errors.push(`${line}:${column} ${message.slice(0, 200)}`),
    };
    const parser = sql.getParser(sql.getTokens(statement, [listener]), [listener]);
    sql.getParseTree(parser);
    if (errors.length === 0) {
      ++passed;
      continue;
    }
    ++failed;
    console.log(`FAIL ${path.relative(dir, file)}\n  ${statement}\n  ${errors.slice(0, 3).join('\n  ')}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
