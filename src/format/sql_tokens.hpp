// SPDX-License-Identifier: MIT
// SQL text cut into tokens, for layout only: a token is never split, and whatever the lexer
// cannot classify (an unterminated quote, a comment) becomes one longer token, so a layout
// built on these tokens can only change the whitespace between them.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace sqlweave::format {

enum class token_kind : unsigned char {
  word,     // keyword, bare name, number, placeholder digits
  quoted,   // 'string', "identifier", `identifier`, $tag$..$tag$, q'[..]'
  comment,  // -- .., # .. (to the end of the line), /* .. */
  open,     // (
  close,    // )
  other,    // punctuation and operators, one character each
};

struct token {
  token_kind kind;
  std::size_t begin;  // offsets into the text
  std::size_t end;
};

/// How one dialect writes quoted text.
struct lexical_rules {
  char ident_open = '"';
  char ident_close = '"';
  bool backslash_escapes = false;  // MySQL: \' inside a string does not close it
};

/// The tokens of `sql`; the text between two tokens is whitespace only.
std::vector<token> tokenize(std::string_view sql, const lexical_rules& rules);

}  // namespace sqlweave::format
