// SPDX-License-Identifier: MIT
// The scalar functions Django's SQLite backend registers on its connections (math, padding,
// REPEAT, REVERSE, the digests, RAND, BITXOR), with the results Django's Python versions give:
// NULL in gives NULL out, CEILING/FLOOR/SIGN give integers, MOD/LOG and the trigonometry give
// reals, POWER of integers stays an integer, text is counted in code points, digests are of the
// UTF-8 bytes in lower-case hexadecimal.
#include <openssl/evp.h>
#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <string>
#include <string_view>
#include <vector>

#include "sqlweave/sqlite.hpp"

namespace sqlweave::sqlite {
namespace {

bool any_null(int argc, sqlite3_value** argv) {
  for (int i = 0; i < argc; ++i)
    if (sqlite3_value_type(argv[i]) == SQLITE_NULL) return true;
  return false;
}

// A numeric argument: numbers, or text that reads as one (SQLite's own coercion).
bool number(sqlite3_context* ctx, sqlite3_value* v, double& out) {
  const int t = sqlite3_value_numeric_type(v);
  if (t != SQLITE_INTEGER && t != SQLITE_FLOAT) {
    sqlite3_result_error(ctx, "must be a real number", -1);
    return false;
  }
  out = sqlite3_value_double(v);
  return true;
}

// Python's math functions refuse arguments outside their domain instead of giving NaN.
void real_result(sqlite3_context* ctx, double r) {
  if (std::isnan(r)) return sqlite3_result_error(ctx, "math domain error", -1);
  if (std::isinf(r)) return sqlite3_result_error(ctx, "math range error", -1);
  sqlite3_result_double(ctx, r);
}

template <double (*F)(double)>
void unary(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  if (any_null(argc, argv)) return sqlite3_result_null(ctx);
  double x = 0;
  if (number(ctx, argv[0], x)) real_result(ctx, F(x));
}

template <double (*F)(double, double)>
void binary(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  if (any_null(argc, argv)) return sqlite3_result_null(ctx);
  double a = 0, b = 0;
  if (number(ctx, argv[0], a) && number(ctx, argv[1], b)) real_result(ctx, F(a, b));
}

double acos_(double x) {
  return std::acos(x);
}
double asin_(double x) {
  return std::asin(x);
}
double atan_(double x) {
  return std::atan(x);
}
double atan2_(double y, double x) {
  return std::atan2(y, x);
}
double cos_(double x) {
  return std::cos(x);
}
double cot_(double x) {
  return 1 / std::tan(x);
}
double degrees_(double x) {
  return x * 180 / std::numbers::pi;
}
double radians_(double x) {
  return x * std::numbers::pi / 180;
}
double exp_(double x) {
  return std::exp(x);
}
double ln_(double x) {
  return x > 0 ? std::log(x) : std::nan("");
}
// LOG(b, x): the logarithm of x to the base b (Python's math.log(x, b)).
double log_(double b, double x) {
  return x > 0 && b > 0 && b != 1 ? std::log(x) / std::log(b) : std::nan("");
}
double fmod_(double a, double b) {
  return b != 0 ? std::fmod(a, b) : std::nan("");
}
double sin_(double x) {
  return std::sin(x);
}
double sqrt_(double x) {
  return x >= 0 ? std::sqrt(x) : std::nan("");
}
double tan_(double x) {
  return std::tan(x);
}

// CEILING / FLOOR: Python's math.ceil and math.floor give integers.
template <double (*F)(double)>
void to_integer(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  if (any_null(argc, argv)) return sqlite3_result_null(ctx);
  if (sqlite3_value_numeric_type(argv[0]) == SQLITE_INTEGER)
    return sqlite3_result_int64(ctx, sqlite3_value_int64(argv[0]));
  double x = 0;
  if (!number(ctx, argv[0], x)) return;
  const double r = F(x);
  if (!std::isfinite(r) || std::fabs(r) >= 9.2e18)
    return sqlite3_result_error(ctx, "integer out of range", -1);
  sqlite3_result_int64(ctx, static_cast<std::int64_t>(r));
}

double ceil_(double x) {
  return std::ceil(x);
}
double floor_(double x) {
  return std::floor(x);
}

void sign(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  if (any_null(argc, argv)) return sqlite3_result_null(ctx);
  double x = 0;
  if (number(ctx, argv[0], x)) sqlite3_result_int(ctx, (x > 0) - (x < 0));
}

// POWER(a, b): an integer to a non-negative integer power stays an integer, as in Python.
void power(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  if (any_null(argc, argv)) return sqlite3_result_null(ctx);
  const bool integers = sqlite3_value_numeric_type(argv[0]) == SQLITE_INTEGER &&
                        sqlite3_value_numeric_type(argv[1]) == SQLITE_INTEGER;
  if (integers && sqlite3_value_int64(argv[1]) >= 0) {
    std::int64_t base = sqlite3_value_int64(argv[0]);
    std::int64_t exponent = sqlite3_value_int64(argv[1]);
    std::int64_t result = 1;
    while (exponent-- > 0)
      if (__builtin_mul_overflow(result, base, &result))
        return sqlite3_result_error(ctx, "integer out of range", -1);
    return sqlite3_result_int64(ctx, result);
  }
  double a = 0, b = 0;
  if (number(ctx, argv[0], a) && number(ctx, argv[1], b)) real_result(ctx, std::pow(a, b));
}

// BITXOR(a, b): the XOR operator SQLite lacks, of integers as Python's operator.xor.
void bitxor(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  if (any_null(argc, argv)) return sqlite3_result_null(ctx);
  sqlite3_result_int64(ctx, sqlite3_value_int64(argv[0]) ^ sqlite3_value_int64(argv[1]));
}

void pi(sqlite3_context* ctx, int, sqlite3_value**) {
  sqlite3_result_double(ctx, std::numbers::pi);
}

// RAND(): a real in [0, 1) from 53 random bits (SQLite's RANDOM() is a 64-bit integer).
void rand(sqlite3_context* ctx, int, sqlite3_value**) {
  std::uint64_t bits = 0;
  sqlite3_randomness(sizeof bits, &bits);
  sqlite3_result_double(ctx, static_cast<double>(bits >> 11) * 0x1p-53);
}

// ---------------------------------------------------------------- text, in code points

std::string_view text(sqlite3_value* v) {
  const auto* p = reinterpret_cast<const char*>(sqlite3_value_text(v));
  return {p, static_cast<std::size_t>(sqlite3_value_bytes(v))};
}

// The byte offset of each code point of UTF-8 text, and the end.
std::vector<std::size_t> code_points(std::string_view s) {
  std::vector<std::size_t> at;
  for (std::size_t i = 0; i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) at.push_back(i);
  at.push_back(s.size());
  return at;
}

// Python's s[:n]: the first n code points; a negative n drops that many from the end.
std::string_view prefix(std::string_view s, const std::vector<std::size_t>& at, std::int64_t n) {
  const auto count = static_cast<std::int64_t>(at.size() - 1);
  if (n < 0) n = std::max<std::int64_t>(0, count + n);
  return s.substr(0, at[static_cast<std::size_t>(std::min(n, count))]);
}

// The first n code points of `fill` repeated without end (Python's (fill * length)[:n] for
// n <= length); '' when fill is empty.
std::string cycle(std::string_view fill, std::int64_t n) {
  std::string out;
  if (fill.empty()) return out;
  const auto at = code_points(fill);
  const std::size_t count = at.size() - 1;
  for (std::int64_t i = 0; i < n; ++i) {
    const std::size_t k = static_cast<std::size_t>(i) % count;
    out += fill.substr(at[k], at[k + 1] - at[k]);
  }
  return out;
}

// Bytes no result may exceed: the connection's SQLITE_LIMIT_LENGTH.
std::int64_t max_length(sqlite3_context* ctx) {
  return sqlite3_limit(sqlite3_context_db_handle(ctx), SQLITE_LIMIT_LENGTH, -1);
}

void text_result(sqlite3_context* ctx, const std::string& s) {
  if (static_cast<std::int64_t>(s.size()) > max_length(ctx))
    return sqlite3_result_error_toobig(ctx);
  sqlite3_result_text(ctx, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
}

// Django's _sqlite_lpad and _sqlite_rpad: the text cut to length, or filled to it (before the
// text for LPAD, after it for RPAD).
template <bool Left>
void pad(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  if (any_null(argc, argv)) return sqlite3_result_null(ctx);
  const std::int64_t length = sqlite3_value_int64(argv[1]);
  if (length > max_length(ctx)) return sqlite3_result_error_toobig(ctx);
  const std::string_view s = text(argv[0]);
  const auto at = code_points(s);
  const auto count = static_cast<std::int64_t>(at.size() - 1);
  if (count >= length) return text_result(ctx, std::string(prefix(s, at, length)));
  const std::string fill = cycle(text(argv[2]), length - count);
  text_result(ctx, Left ? fill + std::string(s) : std::string(s) + fill);
}

void repeat(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  if (any_null(argc, argv)) return sqlite3_result_null(ctx);
  const std::string_view s = text(argv[0]);
  const std::int64_t n = sqlite3_value_int64(argv[1]);
  std::string out;
  if (n > 0 && !s.empty()) {
    if (static_cast<std::uint64_t>(n) > static_cast<std::uint64_t>(max_length(ctx)) / s.size())
      return sqlite3_result_error_toobig(ctx);
    out.reserve(s.size() * static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) out += s;
  }
  text_result(ctx, out);
}

void reverse(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  if (any_null(argc, argv)) return sqlite3_result_null(ctx);
  const std::string_view s = text(argv[0]);
  const auto at = code_points(s);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = at.size() - 1; i > 0; --i) out += s.substr(at[i - 1], at[i] - at[i - 1]);
  text_result(ctx, out);
}

// ---------------------------------------------------------------- digests

template <const EVP_MD* (*Algorithm)()>
void digest(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  if (any_null(argc, argv)) return sqlite3_result_null(ctx);
  const std::string_view s = text(argv[0]);
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (EVP_Digest(s.data(), s.size(), md, &size, Algorithm(), nullptr) != 1)
    return sqlite3_result_error(ctx, "digest failed", -1);
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(size * 2);
  for (unsigned int i = 0; i < size; ++i) {
    out += hex[md[i] >> 4];
    out += hex[md[i] & 0xF];
  }
  text_result(ctx, out);
}

struct entry {
  const char* name;
  int args;
  void (*fn)(sqlite3_context*, int, sqlite3_value**);
};

constexpr entry table[] = {
    {"ACOS", 1, unary<acos_>},
    {"ASIN", 1, unary<asin_>},
    {"ATAN", 1, unary<atan_>},
    {"ATAN2", 2, binary<atan2_>},
    {"BITXOR", 2, bitxor},
    {"CEILING", 1, to_integer<ceil_>},
    {"COS", 1, unary<cos_>},
    {"COT", 1, unary<cot_>},
    {"DEGREES", 1, unary<degrees_>},
    {"EXP", 1, unary<exp_>},
    {"FLOOR", 1, to_integer<floor_>},
    {"LN", 1, unary<ln_>},
    {"LOG", 2, binary<log_>},
    {"LPAD", 3, pad<true>},
    {"MD5", 1, digest<EVP_md5>},
    {"MOD", 2, binary<fmod_>},
    {"PI", 0, pi},
    {"POWER", 2, power},
    {"RADIANS", 1, unary<radians_>},
    {"REPEAT", 2, repeat},
    {"REVERSE", 1, reverse},
    {"RPAD", 3, pad<false>},
    {"SHA1", 1, digest<EVP_sha1>},
    {"SHA224", 1, digest<EVP_sha224>},
    {"SHA256", 1, digest<EVP_sha256>},
    {"SHA384", 1, digest<EVP_sha384>},
    {"SHA512", 1, digest<EVP_sha512>},
    {"SIGN", 1, sign},
    {"SIN", 1, unary<sin_>},
    {"SQRT", 1, unary<sqrt_>},
    {"TAN", 1, unary<tan_>},
};

}  // namespace

int register_functions(sqlite3* db) {
  for (const entry& e : table) {
    const int rc = sqlite3_create_function(db, e.name, e.args, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                           nullptr, e.fn, nullptr, nullptr);
    if (rc != SQLITE_OK) return rc;
  }
  // Not deterministic: a new value each call.
  return sqlite3_create_function(db, "RAND", 0, SQLITE_UTF8, nullptr, rand, nullptr, nullptr);
}

}  // namespace sqlweave::sqlite
