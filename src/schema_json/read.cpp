// SPDX-License-Identifier: MIT
// schema_from_json: nlohmann's SAX parser builds a tree of values that keep their byte spans (an
// iterator counting what the lexer has read tells where each value ends), then a typed walk
// builds the models, refusing unknown keys and values of the wrong kind at their line and
// column, and checks each `column` and `types` entry against what the schema makes of it.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>

#include "catalog/on_delete.hpp"
#include "schema_json/format.hpp"
#include "sqlweave/schema_json.hpp"

namespace sqlweave {
namespace {

using namespace schema_json_detail;

struct jnode {
  enum class kind : std::uint8_t { null, boolean, integer, real, string, object, array };
  kind what = kind::null;
  source_span span;
  bool b = false;
  std::int64_t i = 0;
  double d = 0;
  std::string s;
  // object: keys[k] with key_spans[k] names values[k]; array: values alone.
  std::vector<std::string> keys;
  std::vector<source_span> key_spans;
  std::vector<jnode> values;
};

std::string_view kind_name(jnode::kind k) {
  switch (k) {
    case jnode::kind::null: return "null";
    case jnode::kind::boolean: return "a boolean";
    case jnode::kind::integer: return "an integer";
    case jnode::kind::real: return "a number";
    case jnode::kind::string: return "a string";
    case jnode::kind::object: return "an object";
    case jnode::kind::array: return "an array";
  }
  return "a value";
}

class text_error {
 public:
  text_error(std::string_view text, std::string_view path) : text_(text), path_(path) {}
  [[noreturn]] void at(source_span span, std::string message) const {
    throw source_error(error(diagnostic{error_code::bad_schema, std::move(message), span, {}}),
                       std::string(path_), std::string(text_));
  }
  std::string_view text() const { return text_; }

 private:
  std::string_view text_;
  std::string_view path_;
};

// ---------------------------------------------------------------- the tree, by SAX

/// An input iterator over the text that records how many bytes the lexer has taken.
struct counting_iterator {
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  const char* at = nullptr;
  const char* begin = nullptr;
  std::size_t* taken = nullptr;

  reference operator*() const { return *at; }
  counting_iterator& operator++() {
    ++at;
    *taken = static_cast<std::size_t>(at - begin);
    return *this;
  }
  counting_iterator operator++(int) {
    counting_iterator before = *this;
    ++*this;
    return before;
  }
  friend bool operator==(const counting_iterator& a, const counting_iterator& b) {
    return a.at == b.at;
  }
};

bool number_char(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '+' || c == '.' ||
         c == 'e' || c == 'E';
}

class tree_builder : public nlohmann::json_sax<nlohmann::json> {
 public:
  tree_builder(const text_error& err, const std::size_t& taken) : err_(err), taken_(taken) {}

  jnode take_root() { return std::move(root_); }

  bool null() override { return scalar(jnode{}, literal_span(4)); }
  bool boolean(bool v) override {
    jnode n;
    n.what = jnode::kind::boolean;
    n.b = v;
    return scalar(std::move(n), literal_span(v ? 4 : 5));
  }
  bool number_integer(number_integer_t v) override {
    jnode n;
    n.what = jnode::kind::integer;
    n.i = v;
    return scalar(std::move(n), number_span());
  }
  bool number_unsigned(number_unsigned_t v) override {
    const source_span span = number_span();
    if (v > static_cast<number_unsigned_t>(INT64_MAX))
      err_.at(span, "a number too large for a 64-bit integer");
    jnode n;
    n.what = jnode::kind::integer;
    n.i = static_cast<std::int64_t>(v);
    return scalar(std::move(n), span);
  }
  bool number_float(number_float_t v, const string_t&) override {
    jnode n;
    n.what = jnode::kind::real;
    n.d = v;
    return scalar(std::move(n), number_span());
  }
  bool string(string_t& v) override {
    jnode n;
    n.what = jnode::kind::string;
    n.s = std::move(v);
    return scalar(std::move(n), string_span());
  }
  bool binary(binary_t&) override { return false; }  // not in JSON text
  bool start_object(std::size_t) override { return open(jnode::kind::object); }
  bool key(string_t& k) override {
    jnode& top = stack_.back();
    const source_span span = string_span();
    if (std::find(top.keys.begin(), top.keys.end(), k) != top.keys.end())
      err_.at(span, fmt::format("key \"{}\" appears twice in this object", k));
    top.keys.push_back(std::move(k));
    top.key_spans.push_back(span);
    return true;
  }
  bool end_object() override { return close(); }
  bool start_array(std::size_t) override { return open(jnode::kind::array); }
  bool end_array() override { return close(); }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& ex) override {
    // nlohmann's message: "[json.exception.parse_error.101] parse error at line 1, column 2:
    // syntax error while parsing value - invalid literal; last read: 'x'"; the place is ours.
    std::string message = ex.what();
    if (const auto colon = message.find(": "); colon != std::string::npos)
      message.erase(0, colon + 2);
    const std::size_t at = position == 0 ? 0 : position - 1;
    err_.at({static_cast<std::uint32_t>(std::min(at, err_.text().size())), 1},
            "not JSON: " + message);
  }

 private:
  std::string_view text() const { return err_.text(); }
  static source_span span_of(std::size_t begin, std::size_t end) {
    return {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end - begin)};
  }
  source_span literal_span(std::size_t length) const { return span_of(taken_ - length, taken_); }
  // The lexer has read one character past a number (unless the text ends there).
  source_span number_span() const {
    std::size_t end = taken_;
    if (end > 0 && !number_char(text()[end - 1])) --end;
    std::size_t begin = end;
    while (begin > 0 && number_char(text()[begin - 1])) --begin;
    return span_of(begin, end);
  }
  // The lexer stops on the closing quote: walk back to the opening one.
  source_span string_span() const {
    const std::size_t end = taken_;
    std::size_t begin = end - 1;
    while (begin > 0) {
      --begin;
      if (text()[begin] != '"') continue;
      std::size_t slashes = 0;
      while (begin > slashes && text()[begin - 1 - slashes] == '\\') ++slashes;
      if (slashes % 2 == 0) break;
    }
    return span_of(begin, end);
  }
  bool scalar(jnode n, source_span span) {
    n.span = span;
    place(std::move(n));
    return true;
  }
  bool open(jnode::kind k) {
    jnode n;
    n.what = k;
    n.span = span_of(taken_ - 1, taken_);
    stack_.push_back(std::move(n));
    return true;
  }
  bool close() {
    jnode n = std::move(stack_.back());
    stack_.pop_back();
    place(std::move(n));
    return true;
  }
  void place(jnode n) {
    if (stack_.empty()) {
      root_ = std::move(n);
      return;
    }
    stack_.back().values.push_back(std::move(n));
  }

  const text_error& err_;
  const std::size_t& taken_;
  std::vector<jnode> stack_;
  jnode root_;
};

// ---------------------------------------------------------------- typed reading

/// One JSON object read as a record of known keys: any other key is an error at that key.
class record {
 public:
  record(const text_error& err, const jnode& n, std::string_view what,
         std::initializer_list<std::string_view> known)
      : err_(err), n_(n), what_(what) {
    if (n.what != jnode::kind::object)
      err.at(n.span, fmt::format("expected {} (an object), found {}", what, kind_name(n.what)));
    for (std::size_t k = 0; k < n.keys.size(); ++k) {
      if (std::find(known.begin(), known.end(), n.keys[k]) != known.end()) continue;
      std::string list;
      for (auto name : known) list += fmt::format("{}{}", list.empty() ? "" : ", ", name);
      const std::vector<std::string_view> names(known.begin(), known.end());
      const auto near = nearest_names(n.keys[k], names);
      err.at(n.key_spans[k], near.empty()
                                 ? fmt::format("unknown key \"{}\" in {}; expected one of: {}",
                                               n.keys[k], what, list)
                                 : fmt::format("unknown key \"{}\" in {}; did you mean \"{}\"?",
                                               n.keys[k], what, near.front()));
    }
  }

  const jnode* find(std::string_view key) const {
    for (std::size_t k = 0; k < n_.keys.size(); ++k)
      if (n_.keys[k] == key) return &n_.values[k];
    return nullptr;
  }
  const jnode& need(std::string_view key) const {
    if (const jnode* v = find(key)) return *v;
    err_.at(n_.span, fmt::format("{} needs \"{}\"", what_, key));
  }
  const jnode& expect(const jnode& v, jnode::kind k, std::string_view key) const {
    if (v.what != k)
      err_.at(v.span, fmt::format("\"{}\" of {} takes {}, not {}", key, what_, kind_name(k),
                                  kind_name(v.what)));
    return v;
  }

  std::string text(std::string_view key) const {
    const jnode* v = find(key);
    return v ? expect(*v, jnode::kind::string, key).s : std::string();
  }
  std::string required_text(std::string_view key) const {
    const jnode& v = expect(need(key), jnode::kind::string, key);
    if (v.s.empty()) err_.at(v.span, fmt::format("\"{}\" of {} is empty", key, what_));
    return v.s;
  }
  bool flag(std::string_view key, bool otherwise) const {
    const jnode* v = find(key);
    return v ? expect(*v, jnode::kind::boolean, key).b : otherwise;
  }
  int count(std::string_view key) const {
    const jnode* v = find(key);
    if (!v) return 0;
    expect(*v, jnode::kind::integer, key);
    if (v->i <= 0 || v->i > INT32_MAX)
      err_.at(v->span, fmt::format("\"{}\" of {} takes a positive integer", key, what_));
    return static_cast<int>(v->i);
  }
  std::vector<std::string> names(std::string_view key) const {
    std::vector<std::string> out;
    const jnode* v = find(key);
    if (!v) return out;
    for (const auto& item : expect(*v, jnode::kind::array, key).values) {
      if (item.what != jnode::kind::string || item.s.empty())
        err_.at(item.span, fmt::format("\"{}\" of {} takes an array of names", key, what_));
      out.push_back(item.s);
    }
    return out;
  }
  std::vector<std::vector<std::string>> name_groups(std::string_view key) const {
    std::vector<std::vector<std::string>> out;
    const jnode* v = find(key);
    if (!v) return out;
    for (const auto& group : expect(*v, jnode::kind::array, key).values) {
      if (group.what != jnode::kind::array)
        err_.at(group.span,
                fmt::format("\"{}\" of {} takes an array of arrays of names", key, what_));
      auto& names = out.emplace_back();
      for (const auto& item : group.values) {
        if (item.what != jnode::kind::string || item.s.empty())
          err_.at(item.span, fmt::format("\"{}\" of {} takes arrays of names", key, what_));
        names.push_back(item.s);
      }
    }
    return out;
  }

 private:
  const text_error& err_;
  const jnode& n_;
  std::string_view what_;
};

bool read_int(std::string_view text, int& out) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc{} && end == text.data() + text.size();
}

std::optional<date> parse_date(std::string_view t) {
  date d;
  if (t.size() != 10 || t[4] != '-' || t[7] != '-' || !read_int(t.substr(0, 4), d.year) ||
      !read_int(t.substr(5, 2), d.month) || !read_int(t.substr(8, 2), d.day) || !is_valid(d))
    return std::nullopt;
  return d;
}

std::optional<time_of_day> parse_time(std::string_view t) {
  time_of_day out;
  if (t.size() < 8 || t[2] != ':' || t[5] != ':' || !read_int(t.substr(0, 2), out.hour) ||
      !read_int(t.substr(3, 2), out.minute) || !read_int(t.substr(6, 2), out.second))
    return std::nullopt;
  if (t.size() > 8 && (t.size() != 15 || t[8] != '.' || !read_int(t.substr(9), out.microsecond)))
    return std::nullopt;
  if (!is_valid(out)) return std::nullopt;
  return out;
}

std::optional<datetime> parse_datetime(std::string_view t) {
  datetime out;
  if (t.size() < 19 || t[10] != ' ' || t[13] != ':' || t[16] != ':') return std::nullopt;
  const auto day = parse_date(t.substr(0, 10));
  if (!day || !read_int(t.substr(11, 2), out.hour) || !read_int(t.substr(14, 2), out.minute) ||
      !read_int(t.substr(17, 2), out.second))
    return std::nullopt;
  out.day = *day;
  if (t.size() > 19 && (t.size() != 26 || t[19] != '.' || !read_int(t.substr(20), out.microsecond)))
    return std::nullopt;
  if (!is_valid(out)) return std::nullopt;
  return out;
}

std::optional<bytes> parse_hex(std::string_view text) {
  if (text.size() % 2 != 0) return std::nullopt;
  bytes out;
  for (std::size_t i = 0; i < text.size(); i += 2) {
    unsigned byte = 0;
    const auto [end, ec] = std::from_chars(text.data() + i, text.data() + i + 2, byte, 16);
    if (ec != std::errc() || end != text.data() + i + 2) return std::nullopt;
    out.data.push_back(static_cast<char>(byte));
  }
  return out;
}

value read_value(const text_error& err, const jnode& v) {
  switch (v.what) {
    case jnode::kind::null: return value{};
    case jnode::kind::boolean: return value{v.b};
    case jnode::kind::integer: return value{static_cast<long long>(v.i)};
    case jnode::kind::real: return value{v.d};
    case jnode::kind::string: return value{v.s};
    case jnode::kind::array: break;
    case jnode::kind::object: {
      const record r(err, v, "a typed default",
                     {"date", "datetime", "decimal", "duration", "time", "bytes"});
      if (v.keys.size() != 1)
        err.at(v.span,
               "a typed default holds one of \"date\", \"datetime\", \"decimal\", "
               "\"duration\", \"time\" or \"bytes\"");
      const jnode& inner = v.values.front();
      const std::string_view key = v.keys.front();
      if (key == "duration") return value{duration{r.expect(inner, jnode::kind::integer, key).i}};
      const std::string& text = r.expect(inner, jnode::kind::string, key).s;
      if (key == "decimal") {
        const bool digits = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
          return std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '-';
        });
        if (!digits) err.at(inner.span, "expected a decimal number as text, as \"12.50\"");
        return value{decimal{text}};
      }
      if (key == "date") {
        if (const auto d = parse_date(text)) return value{*d};
        err.at(inner.span, "expected a date as \"YYYY-MM-DD\"");
      }
      if (key == "bytes") {
        if (auto b = parse_hex(text)) return value{std::move(*b)};
        err.at(inner.span, "expected bytes as hex digits, as \"00ff\"");
      }
      if (key == "time") {
        if (const auto t = parse_time(text)) return value{*t};
        err.at(inner.span, "expected a time as \"HH:MM:SS[.ffffff]\"");
      }
      if (const auto d = parse_datetime(text)) return value{*d};
      err.at(inner.span, "expected a datetime as \"YYYY-MM-DD HH:MM:SS[.ffffff]\"");
    }
  }
  err.at(v.span, "a default is null, a boolean, a number, a string or a typed object");
}

/// Where each field's declared column and types sit, to check them once the schema is final.
struct column_claim {
  int model = -1;
  int field = -1;
  const jnode* column = nullptr;
  const jnode* types = nullptr;
};

/// Model names a relation may target: `app.Model` and, unless two apps share it, `Model`.
class model_names {
 public:
  void add(const std::string& app, const std::string& name) {
    labels_.insert(app.empty() ? name : app + "." + name);
    if (!bare_.insert(name).second) shared_.insert(name);
  }
  bool knows(const std::string& name) const {
    if (name.find('.') != std::string::npos) return labels_.count(name) != 0;
    return bare_.count(name) != 0 && shared_.count(name) == 0;
  }

 private:
  std::set<std::string> labels_, bare_, shared_;
};

class schema_reader {
 public:
  explicit schema_reader(const text_error& err) : err_(err) {}

  schema read(const jnode& root) {
    const record top(err_, root, "the schema", {"format", "models"});
    const jnode& format = top.expect(top.need("format"), jnode::kind::string, "format");
    if (format.s != schema_json_format)
      err_.at(format.span, fmt::format("this reader reads \"format\": \"{}\", not \"{}\"",
                                       schema_json_format, format.s));
    const jnode& models = top.expect(top.need("models"), jnode::kind::array, "models");
    for (const auto& m : models.values) declare(m);
    for (const auto& [span, target] : targets_)
      if (target != "self" && !names_.knows(target))
        err_.at(span,
                fmt::format("no model \"{}\" in this schema (name it as \"app.Model\")", target));
    try {
      s_.finalize();
    } catch (const source_error&) {
      throw;
    } catch (const error& e) {
      err_.at(models.span, e.what());
    }
    check_columns();
    return std::move(s_);
  }

 private:
  void declare(const jnode& n) {
    const record r(
        err_, n, "a model",
        {"app", "name", "table", "managed", "proxy_for", "ordering", "ordering_unreadable",
         "get_latest_by", "unique_together", "index_together", "indexes", "constraints",
         "default_related_name", "managers", "constants", "generic_relations", "fields"});
    const std::string app = r.text("app");
    const std::string name = r.required_text("name");
    names_.add(app, name);
    auto b = s_.add_model(name, app);
    model& m = b.get();
    m.db_table = r.text("table");
    m.managed = r.flag("managed", true);
    m.proxy_for = r.text("proxy_for");
    if (!m.proxy_for.empty()) targets_.emplace_back(r.find("proxy_for")->span, m.proxy_for);
    if (m.is_proxy())
      for (const char* concrete_only : {"table", "managed", "fields"})
        if (const jnode* v = r.find(concrete_only))
          err_.at(v->span, fmt::format("a proxy model has no \"{}\" of its own: it reads its "
                                       "concrete model's",
                                       concrete_only));
    m.ordering = r.names("ordering");
    m.ordering_unreadable = r.text("ordering_unreadable");
    if (r.find("get_latest_by")) m.get_latest_by = r.names("get_latest_by");
    m.unique_together = r.name_groups("unique_together");
    m.index_together = r.name_groups("index_together");
    if (const jnode* list = r.find("indexes"))
      for (const auto& x : r.expect(*list, jnode::kind::array, "indexes").values)
        m.indexes.push_back(read_index(x));
    if (const jnode* list = r.find("constraints"))
      for (const auto& c : r.expect(*list, jnode::kind::array, "constraints").values)
        m.constraints.push_back(read_constraint(c));
    m.default_related_name = r.text("default_related_name");
    if (const jnode* list = r.find("managers"))
      for (const auto& x : r.expect(*list, jnode::kind::array, "managers").values)
        m.managers.push_back(read_manager(x));
    if (const jnode* list = r.find("constants"))
      for (const auto& x : r.expect(*list, jnode::kind::array, "constants").values) {
        const record c(err_, x, "a constant", {"name", "value"});
        m.constants.push_back({c.required_text("name"), c.required_text("value"), nullptr});
      }
    if (const jnode* list = r.find("generic_relations"))
      for (const auto& x : r.expect(*list, jnode::kind::array, "generic_relations").values)
        m.generic_relations.push_back(read_generic_relation(x));
    implicit_id_.push_back(false);
    if (m.is_proxy()) return;
    const jnode& fields = r.expect(r.need("fields"), jnode::kind::array, "fields");
    for (const auto& f : fields.values) {
      column_claim claim{b.index(), static_cast<int>(m.fields.size()), nullptr, nullptr};
      b.add(read_field(f, claim));
      claims_.push_back(claim);
    }
    implicit_id_.back() = std::none_of(m.fields.begin(), m.fields.end(),
                                       [](const field& f) { return f.primary_key; });
  }

  field read_field(const jnode& n, column_claim& claim) {
    const record r(err_, n, "a field",
                   {"name",
                    "class",
                    "null",
                    "blank",
                    "primary_key",
                    "unique",
                    "db_index",
                    "db_column",
                    "default",
                    "max_length",
                    "max_digits",
                    "decimal_places",
                    "to",
                    "to_field",
                    "related_name",
                    "related_query_name",
                    "through",
                    "db_table",
                    "db_constraint",
                    "parent_link",
                    "on_delete",
                    "column",
                    "types",
                    "base_field",
                    "size",
                    "through_fields",
                    "symmetrical",
                    "on_delete_value",
                    "on_delete_callable"});
    const std::string name = r.required_text("name");
    const jnode& cls = r.expect(r.need("class"), jnode::kind::string, "class");
    const auto type = field_type_from_name(cls.s);
    if (!type)
      err_.at(cls.span, fmt::format("\"{}\" is not a field class of Django 3.2 (CharField, "
                                    "ForeignKey, ...)",
                                    cls.s));
    field f = fields::make(name, *type);
    f.null = r.flag("null", false);
    f.blank = r.flag("blank", false);
    f.primary_key = r.flag("primary_key", false);
    f.unique = r.flag("unique", false);
    f.db_index = r.flag("db_index", f.db_index);  // absent: the class's default
    f.db_column = r.text("db_column");
    if (const jnode* v = r.find("default")) f.default_value = read_value(err_, *v);
    // `"max_length": null`: Django 4.2's CharField without one (--unlimited-charfield).
    if (const jnode* v = r.find("max_length"); v && v->what == jnode::kind::null) {
      if (f.type != field_type::char_field && f.type != field_type::ci_char_field)
        err_.at(v->span, fmt::format("\"max_length\": null is a CharField's, not a {}'s", cls.s));
      f.unlimited_length = true;
    } else {
      f.max_length = r.count("max_length");
    }
    f.max_digits = r.count("max_digits");
    f.decimal_places = r.find("decimal_places") ? places(r) : 0;
    for (const char* key : {"base_field", "size"})
      if (const jnode* v = r.find(key); v && f.type != field_type::array_field)
        err_.at(v->span, fmt::format("\"{}\" belongs to an ArrayField, not to a {}", key, cls.s));
    if (f.type == field_type::array_field) {
      const jnode& base = r.expect(r.need("base_field"), jnode::kind::object, "base_field");
      column_claim none{};
      field element = read_field(base, none);
      if (element.is_relation() || none.column || none.types)
        err_.at(base.span,
                "an ArrayField's base_field is a field without a column of its own, "
                "not a relation");
      f.base_field.push_back(std::move(element));
      f.array_size = r.count("size");
    }
    const bool relation = f.is_relation();
    for (const char* key : {"to_field", "related_name", "related_query_name", "through",
                            "through_fields", "symmetrical", "db_table", "db_constraint",
                            "parent_link", "on_delete", "on_delete_value", "on_delete_callable"})
      if (const jnode* v = r.find(key); v && !relation)
        err_.at(v->span, fmt::format("\"{}\" belongs to relations, not to a {}", key, cls.s));
    claim.column = r.find("column");
    claim.types = r.find("types");
    if (f.type == field_type::many_to_many)
      for (const char* key : {"column", "types", "on_delete", "to_field", "parent_link"})
        if (const jnode* v = r.find(key))
          err_.at(v->span, fmt::format("a ManyToManyField has no \"{}\"", key));
    if (f.type != field_type::many_to_many)
      for (const char* key : {"through", "db_table", "through_fields", "symmetrical"})
        if (const jnode* v = r.find(key); v && relation)
          err_.at(v->span, fmt::format("\"{}\" belongs to a ManyToManyField", key));
    if (!relation) return f;
    f.target = r.required_text("to");
    targets_.emplace_back(r.find("to")->span, f.target);
    f.to_field = r.text("to_field");
    f.related_name = r.text("related_name");
    f.related_query_name = r.text("related_query_name");
    f.through = r.text("through");
    if (!f.through.empty()) targets_.emplace_back(r.find("through")->span, f.through);
    f.m2m_table = r.text("db_table");
    f.through_fields = r.names("through_fields");
    if (r.find("symmetrical")) f.symmetrical = r.flag("symmetrical", false);
    f.db_constraint = r.flag("db_constraint", true);
    f.parent_link = r.flag("parent_link", false);
    if (f.is_forward_single()) {
      const jnode& rule = r.expect(r.need("on_delete"), jnode::kind::string, "on_delete");
      const auto action = catalog::on_delete_from_name(rule.s);
      if (!action)
        err_.at(rule.span,
                "\"on_delete\" takes CASCADE, PROTECT, RESTRICT, SET_NULL, "
                "SET_DEFAULT, SET or DO_NOTHING");
      f.on_delete = *action;
      if (const jnode* v = r.find("on_delete_value")) f.on_delete_value = read_value(err_, *v);
      f.on_delete_callable = r.text("on_delete_callable");
      if (f.on_delete == on_delete::set && !f.on_delete_value && f.on_delete_callable.empty())
        err_.at(rule.span,
                "\"on_delete\": \"SET\" needs \"on_delete_value\" or \"on_delete_callable\"");
    }
    return f;
  }

  int places(const record& r) const {
    const jnode& v = r.expect(*r.find("decimal_places"), jnode::kind::integer, "decimal_places");
    if (v.i < 0 || v.i > INT32_MAX)
      err_.at(v.span, "\"decimal_places\" takes an integer of 0 or more");
    return static_cast<int>(v.i);
  }

  manager read_manager(const jnode& n) const {
    const record r(err_, n, "a manager", {"name", "chain", "unreadable", "methods"});
    manager out;
    out.name = r.required_text("name");
    out.chain = r.text("chain");
    out.unreadable = r.text("unreadable");
    if (const jnode* list = r.find("methods"))
      for (const auto& x : r.expect(*list, jnode::kind::array, "methods").values)
        out.methods.push_back(read_method(x));
    return out;
  }

  manager_method read_method(const jnode& n) const {
    const record r(err_, n, "a manager method",
                   {"name", "parameters", "chain", "unreadable", "on_manager", "on_queryset"});
    manager_method out;
    out.name = r.required_text("name");
    out.parameters = r.names("parameters");
    out.chain = r.text("chain");
    out.unreadable = r.text("unreadable");
    out.on_manager = r.flag("on_manager", true);
    out.on_queryset = r.flag("on_queryset", false);
    return out;
  }

  generic_relation read_generic_relation(const jnode& n) {
    const record r(err_, n, "a generic relation",
                   {"name", "to", "object_id_field", "content_type_field", "related_query_name",
                    "for_concrete_model"});
    generic_relation g;
    g.name = r.required_text("name");
    g.target = r.required_text("to");
    targets_.emplace_back(r.find("to")->span, g.target);
    if (r.find("object_id_field")) g.object_id_field = r.required_text("object_id_field");
    if (r.find("content_type_field")) g.content_type_field = r.required_text("content_type_field");
    g.related_query_name = r.text("related_query_name");
    g.for_concrete_model = r.flag("for_concrete_model", true);
    return g;
  }

  index_def read_index(const jnode& n) const {
    const record r(err_, n, "an index",
                   {"name", "fields", "opclasses", "condition", "expressions", "method", "storage",
                    "include"});
    index_def x;
    x.name = r.text("name");
    x.fields = r.names("fields");
    x.opclasses = r.names("opclasses");
    x.condition = r.text("condition");
    x.expressions = r.names("expressions");
    x.method = r.text("method");
    x.storage = r.names("storage");
    x.include = r.names("include");
    if (x.fields.empty() && x.expressions.empty())
      err_.at(n.span, "an index needs \"fields\" or \"expressions\"");
    if (!x.include.empty() && x.name.empty())
      err_.at(n.span, "an index with \"include\" needs a \"name\", as in Django");
    return x;
  }

  constraint_def read_constraint(const jnode& n) const {
    const record r(err_, n, "a constraint",
                   {"kind", "name", "fields", "condition", "deferrable", "include", "opclasses"});
    constraint_def c;
    const jnode& kind = r.expect(r.need("kind"), jnode::kind::string, "kind");
    const auto what = constraint_kind_from_name(kind.s);
    if (!what) err_.at(kind.span, "\"kind\" of a constraint is \"unique\" or \"check\"");
    c.what = *what;
    c.name = r.required_text("name");
    c.fields = r.names("fields");
    c.condition = r.text("condition");
    if (const jnode* d = r.find("deferrable")) {
      const auto deferral = deferral_from_name(r.expect(*d, jnode::kind::string, "deferrable").s);
      if (!deferral) err_.at(d->span, "\"deferrable\" is \"deferred\" or \"immediate\"");
      c.deferrable = *deferral;
    }
    c.include = r.names("include");
    c.opclasses = r.names("opclasses");
    if (c.what == constraint_def::kind::check && c.condition.empty())
      err_.at(n.span, "a check constraint needs \"condition\"");
    if (c.what == constraint_def::kind::unique && c.fields.empty())
      err_.at(n.span, "a unique constraint needs \"fields\"");
    return c;
  }

  // A file may say what column and types a field has; they must be what the schema makes.
  void check_columns() const {
    for (const auto& claim : claims_) {
      const model& m = s_.at(claim.model);
      // finalize() put an implicit `id` first when the file declares no primary key.
      const std::size_t shift = implicit_id_[static_cast<std::size_t>(claim.model)] ? 1 : 0;
      const field& f = m.fields[static_cast<std::size_t>(claim.field) + shift];
      if (claim.column) {
        if (claim.column->what != jnode::kind::string)
          err_.at(claim.column->span, "\"column\" of a field takes a string");
        if (claim.column->s != f.column)
          err_.at(claim.column->span, fmt::format("{}.{} has the column \"{}\", not \"{}\"", m.name,
                                                  f.name, f.column, claim.column->s));
      }
      if (!claim.types) continue;
      const record r(err_, *claim.types, "the types of a column",
                     {"sqlite", "postgresql", "mysql", "oracle"});
      for (const auto& [d, type] : column_types(s_, f)) {
        const jnode* given = r.find(to_string(d));
        if (!given) continue;
        r.expect(*given, jnode::kind::string, to_string(d));
        if (given->s != type)
          err_.at(given->span, fmt::format("{}.{} is {} on {}, not {}", m.name, f.name, type,
                                           to_string(d), given->s));
      }
    }
  }

  const text_error& err_;
  schema s_;
  model_names names_;
  std::vector<std::pair<source_span, std::string>> targets_;
  std::vector<column_claim> claims_;
  std::vector<bool> implicit_id_;  // per model: the file declares no primary key
};

}  // namespace

schema schema_from_json(std::string_view text, std::string_view source_name) {
  const text_error err(text, source_name);
  std::size_t taken = 0;
  tree_builder builder(err, taken);
  const counting_iterator first{text.data(), text.data(), &taken};
  const counting_iterator last{text.data() + text.size(), text.data(), &taken};
  nlohmann::json::sax_parse(first, last, &builder);
  const jnode root = builder.take_root();
  return schema_reader(err).read(root);
}

}  // namespace sqlweave
