// SPDX-License-Identifier: MIT
// Parses every Oracle statement of sqlweave's snapshots with the grammars-v4 PL/SQL grammar
// (prebuilt for JavaScript by antlr4ts-sql). Oracle cannot run here; this proves its SQL at
// least parses. Usage: node check-syntax.js DIR...; prints `N passed, M failed` last.
'use strict';
const fs = require('fs');
const path = require('path');
const { ANTLRInputStream, BailErrorStrategy, CommonTokenStream, DefaultErrorStrategy } = require('antlr4ts');
const { ParseCancellationException } = require('antlr4ts/misc/ParseCancellationException');
const { PredictionMode } = require('antlr4ts/atn/PredictionMode');
// Only the PL/SQL grammar: the package index would also load its MySQL, T-SQL and PL/pgSQL ones.
const { PlSqlLexer } = require('antlr4ts-sql/dist/src/grammar-output/plsql/PlSqlLexer');
const { PlSqlParser } = require('antlr4ts-sql/dist/src/grammar-output/plsql/PlSqlParser');

// The grammar's keywords and unquoted names are upper-case ASCII only. Upper-casing what the
// lexer looks at (not the text it keeps) makes them case-insensitive, as in Oracle; unlike
// antlr4ts-sql's own CaseChangingStream it keeps token text, so messages say 'WHERE', not '<2114>'.
class UpperCaseStream extends ANTLRInputStream {
  LA(i) {
    const c = super.LA(i);
    return c >= 0x61 && c <= 0x7a ? c - 0x20 : c;
  }
}

// ANTLR lists every token it expected; for this grammar that can be 2,000 keywords.
function shorten(message) {
  return message.replace(/expecting \{(.*)\}$/s, (whole, set) => {
    const items = set.split(', ');
    return items.length <= 12 ? whole : `expecting one of ${items.length} tokens`;
  });
}

// Parses `sql` as a PL/SQL script; returns its tree, tokens, and the lexer's and parser's errors.
function parse(sql) {
  const errors = [];
  const collect = (into) => ({ syntaxError: (_r, _s, line, column, msg) => into.push({ line, column, message: shorten(msg) }) });
  const lexer = new PlSqlLexer(new UpperCaseStream(sql));
  lexer.removeErrorListeners();
  lexer.addErrorListener(collect(errors));
  const tokens = new CommonTokenStream(lexer);
  const parser = new PlSqlParser(tokens);
  parser.removeErrorListeners();
  // Two-stage parse, as ANTLR recommends: the fast SLL mode is right for nearly every statement
  // (a third less CPU over the snapshots), and only one it rejects pays for full LL, whose
  // verdict and messages are the real ones.
  parser.interpreter.setPredictionMode(PredictionMode.SLL);
  parser.errorHandler = new BailErrorStrategy();
  try {
    const tree = parser.sql_script();
    if (errors.length === 0) return { tree, tokens, errors };
  } catch (e) {
    if (!(e instanceof ParseCancellationException)) throw e;
  }
  // The tokens are reused, so lexer errors already in `errors` stay reported.
  tokens.seek(0);
  parser.reset();
  parser.addErrorListener(collect(errors));
  parser.interpreter.setPredictionMode(PredictionMode.LL);
  parser.errorHandler = new DefaultErrorStrategy();
  const tree = parser.sql_script();
  return { tree, tokens, errors };
}

// PL/SQL units: their text ends in `END;` (or `;`) in Oracle too, so a final ';' is theirs.
const PLSQL_UNITS = /^(Anonymous_block|Create_function_body|Create_procedure_body|Create_package|Create_package_body|Create_trigger|Create_type)Context$/;

// Returns a list of problems, empty when `sql` is exactly one statement that parses.
function check(sql) {
  let { tree, tokens, errors } = parse(sql);
  if (errors.length) {
    // This grammar's DDL and PL/SQL rules end in ';' themselves (DML leaves it to sql_script):
    // such a statement is whole once ';' is added and the statement's own rule takes it.
    const retry = parse(`${sql};`);
    if (retry.errors.length === 0 && retry.tree.SEMICOLON().length === 0) ({ tree, tokens, errors } = retry);
  }
  if (errors.length) return errors;
  // sql_script accepts any number of `;`-separated statements and SQL*Plus commands; a snapshot
  // line must be one statement. It must not end in ';' either, which Oracle rejects from a
  // driver (ORA-00911), unless it is PL/SQL, whose `END;` is its own.
  const problems = [];
  const statements = tree.unit_statement();
  for (const plus of tree.sql_plus_command()) {
    problems.push({ line: plus.start.line, column: plus.start.charPositionInLine, message: 'SQL*Plus command, not SQL' });
  }
  if (statements.length === 0) problems.push({ line: 1, column: 0, message: 'no SQL statement' });
  if (statements.length > 1) {
    // Seen when the grammar stops early and takes the rest for more statements: point there.
    const next = statements[1].start;
    problems.push({ line: next.line, column: next.charPositionInLine, message: `the statement ends before '${next.text}' (${statements.length} statements, expected one)` });
  }
  const kind = statements.length === 1 ? statements[0].getChild(0).constructor.name : '';
  if (/;\s*$/.test(sql) && !PLSQL_UNITS.test(kind)) {
    problems.push({ line: 1, column: sql.lastIndexOf(';'), message: "';' ends the statement: Oracle rejects it from a driver (ORA-00911)" });
  }
  // The grammar takes JDBC's `?` as a bind variable too; Oracle itself does not.
  for (const t of tokens.getTokens()) {
    if (t.type === PlSqlLexer.BINDVAR && t.text === '?') {
      problems.push({ line: t.line, column: t.charPositionInLine, message: "'?' is JDBC's placeholder; Oracle SQL uses :1, :2, ..." });
    }
  }
  return problems;
}

// The line around an error, with a caret under it: a line can hold 100s of characters, where
// the column alone is hard to find.
function excerpt(text, column) {
  const from = Math.max(0, column - 50);
  const head = (from > 0 ? '...' : '') + text.slice(from, column);
  const tail = text.slice(column, column + 50) + (column + 50 < text.length ? '...' : '');
  return `  near: ${head}${tail}\n        ${' '.repeat(head.length)}^`;
}

// Oracle SQL that the grammar does not know, each with a stand-in of the same shape that it does:
// a statement that fails only because of one of these is parsed again with the stand-in.
const GRAMMAR_GAPS = [
  { pattern: /\bNTH_VALUE\(/g, standIn: 'LAG(', why: 'NTH_VALUE (analytic, 11gR2)' },
  {
    pattern: /\bJSON_OBJECT\('value' VALUE (:\w+) FORMAT JSON\)/g,
    standIn: 'TO_CHAR($1)',
    why: "JSON_OBJECT('value' VALUE :n FORMAT JSON) (12cR2)",
  },
  { pattern: / IS JSON\)/g, standIn: ' IS NOT NULL)', why: 'the IS JSON condition (12c)' },
  { pattern: / COLLATE "[^"]+"/g, standIn: '', why: 'expr COLLATE name (12cR2)' },
  {
    pattern: /\b(?:STDDEV|VAR)_(?:POP|SAMP)\((?=[^()]*\) OVER )/g,
    standIn: 'STDDEV(',
    why: 'STDDEV_POP/VAR_SAMP ... OVER (analytic)',
  },
  // JSONObject(): key VALUE value pairs and a RETURNING clause (one level of nested calls).
  {
    pattern: /\bJSON_OBJECT\(((?:[^()]|\([^()]*\))*?) ?RETURNING CLOB\)/g,
    standIn: (_, entries) => `JSON_OBJECT(${entries.replace(/ VALUE /g, ', ')})`,
    why: 'JSON_OBJECT(k VALUE v RETURNING CLOB) (12cR2)',
  },
  // Oracle's DROP TABLE takes CASCADE CONSTRAINTS before PURGE (Django's sql_delete_table);
  // the grammar knows only PURGE.
  { pattern: /^(DROP TABLE "[^"]+") CASCADE CONSTRAINTS$/g, standIn: '$1', why: 'DROP TABLE ... CASCADE CONSTRAINTS' },
  // An AutoField made another type stops being an identity column (Django's _drop_identity,
  // https://docs.oracle.com/database/121/SQLRF/statements_3001.htm#CJAHJHJC).
  { pattern: /^(ALTER TABLE "[^"]+" MODIFY "[^"]+") DROP IDENTITY$/g, standIn: '$1 NULL', why: 'MODIFY ... DROP IDENTITY (12c)' },
];

function checkWithStandIns(sql) {
  const problems = check(sql);
  if (problems.length === 0) return { problems, gaps: [] };
  const gaps = GRAMMAR_GAPS.filter((g) => sql.match(g.pattern));
  if (gaps.length === 0) return { problems, gaps };
  const substituted = gaps.reduce((text, g) => text.replace(g.pattern, g.standIn), sql);
  return { problems: check(substituted), gaps };
}

function sqlFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sqlFiles(p);
    return e.isFile() && e.name.endsWith('.sql') ? [p] : [];
  });
}

// The Oracle statements of a snapshot file (format in src/cli/snapshot_file.hpp): the lines of
// its `[oracle]` section up to each `params:` line, and prefetch statements, whose `{keys}`
// becomes one bind variable. A section holding `error[...]` has no statements.
function oracleStatements(lines) {
  const out = [];
  let inOracle = false;
  let current = [];
  let start = 0;
  let prefetch = false;
  const finish = () => {
    if (current.length) {
      const sql = current.join('\n');
      out.push({ sql: prefetch ? sql.replace('{keys}', ':1') : sql, line: start + 1 });
    }
    current = [];
    prefetch = false;
  };
  lines.forEach((text, i) => {
    if (/^\[[a-z]+\]$/.test(text)) {
      finish();
      inOracle = text === '[oracle]';
      return;
    }
    if (!inOracle) return;
    if (text.startsWith('error[')) {
      inOracle = false;
      return;
    }
    if (text.startsWith('params: ') || text === '') return finish();
    if (text.startsWith('note: ') || text.startsWith('run: ')) return;
    if (text.startsWith('not counted: ') || text.startsWith('runs no statement')) return;
    if (text.startsWith('prefetch ')) {
      finish();
      prefetch = true;
      return;
    }
    if (current.length === 0) start = i;
    current.push(text);
  });
  finish();
  return out;
}

function main(argv) {
  if (argv.length === 0 || argv.some((a) => a.startsWith('-'))) {
    console.error('usage: check-syntax.js DIR...   (parses the [oracle] statements of DIR/**/*.sql)');
    return 2;
  }
  const files = [];
  for (const dir of argv) {
    if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
      console.error(`check-syntax: ${dir} is not a directory`);
      return 2;
    }
    const found = sqlFiles(dir).sort();
    if (found.length === 0) {
      // Most likely a wrong path: passing on nothing would hide that.
      console.error(`check-syntax: no *.sql files under ${dir}`);
      return 2;
    }
    files.push(...found);
  }
  let passed = 0;
  let failed = 0;
  let standIns = 0;
  for (const file of files) {
    const relative = path.relative(process.cwd(), file);
    const name = relative.startsWith('..') ? file : relative;
    const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
    const queryset = lines[0].startsWith('query: ') ? `\n  queryset: ${lines[0].slice(7)}` : '';
    for (const { sql, line } of oracleStatements(lines)) {
      const { problems, gaps } = checkWithStandIns(sql);
      if (problems.length === 0) {
        ++passed;
        if (gaps.length > 0) ++standIns;
        continue;
      }
      ++failed;
      const [first] = problems;
      const more = problems.length > 1 ? ` (+${problems.length - 1} more)` : '';
      const statementLine = sql.split('\n')[first.line - 1] ?? '';
      console.log(`FAIL ${name}:${line + first.line - 1}: ${first.line}:${first.column} ${first.message}${more}${queryset}`);
      console.log(`  statement: ${sql.replace(/\n/g, ' ')}`);
      console.log(excerpt(statementLine, first.column));
    }
  }
  const note = standIns ? ` (${standIns} with a stand-in for: ${GRAMMAR_GAPS.map((g) => g.why).join(', ')})` : '';
  console.log(`${passed} passed${note}, ${failed} failed`);
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
