// SPDX-License-Identifier: MIT
#include "sqlweave/schema.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <fstream>
#include <functional>
#include <sstream>
#include <utility>

#include "generic_relations.hpp"
#include "m2m_link.hpp"
#include "manager_methods.hpp"
#include "precomputed.hpp"
#include "sqlweave/parse.hpp"
#include "support/ascii.hpp"
#include "support/errors.hpp"

namespace sqlweave {
namespace {

// A manager's chain parsed once into the steps every queryset through it starts with.
void parse_managers(model& m) {
  for (auto& mg : m.managers) {
    detail::parse_manager_methods(m, mg);
    if (std::count_if(m.managers.begin(), m.managers.end(),
                      [&](const manager& o) { return o.name == mg.name; }) > 1)
      fail(error_code::bad_schema, fmt::format("{} has two managers named '{}'", m.name, mg.name));
    if (!mg.unreadable.empty()) continue;
    ast::query q;
    try {
      q = parse_query(m.name + "." + mg.name + mg.chain);
    } catch (const error& e) {
      fail(error_code::bad_schema,
           fmt::format("the manager {}.{} has the chain '{}', which is not a queryset: {}", m.name,
                       mg.name, mg.chain, e.what()));
    }
    for (const auto& st : q.steps)
      if (st.kind >= ast::step_kind::aggregate || st.kind == ast::step_kind::slice)
        fail(error_code::bad_schema,
             fmt::format("the manager {}.{} has the chain '{}', which does not leave a queryset "
                         "of rows",
                         m.name, mg.name, mg.chain));
    mg.steps = std::make_shared<const ast::query>(std::move(q));
  }
}

constexpr std::array<std::pair<field_type, std::string_view>, 43> field_type_names{{
    {field_type::auto_field, "AutoField"},
    {field_type::big_auto_field, "BigAutoField"},
    {field_type::small_auto_field, "SmallAutoField"},
    {field_type::char_field, "CharField"},
    {field_type::text_field, "TextField"},
    {field_type::email_field, "EmailField"},
    {field_type::slug_field, "SlugField"},
    {field_type::url_field, "URLField"},
    {field_type::file_field, "FileField"},
    {field_type::image_field, "ImageField"},
    {field_type::file_path_field, "FilePathField"},
    {field_type::generic_ip_address_field, "GenericIPAddressField"},
    {field_type::integer_field, "IntegerField"},
    {field_type::big_integer_field, "BigIntegerField"},
    {field_type::small_integer_field, "SmallIntegerField"},
    {field_type::positive_integer_field, "PositiveIntegerField"},
    {field_type::positive_big_integer_field, "PositiveBigIntegerField"},
    {field_type::positive_small_integer_field, "PositiveSmallIntegerField"},
    {field_type::float_field, "FloatField"},
    {field_type::decimal_field, "DecimalField"},
    {field_type::boolean_field, "BooleanField"},
    {field_type::null_boolean_field, "NullBooleanField"},
    {field_type::date_field, "DateField"},
    {field_type::datetime_field, "DateTimeField"},
    {field_type::time_field, "TimeField"},
    {field_type::duration_field, "DurationField"},
    {field_type::uuid_field, "UUIDField"},
    {field_type::binary_field, "BinaryField"},
    {field_type::json_field, "JSONField"},
    {field_type::array_field, "ArrayField"},
    {field_type::hstore_field, "HStoreField"},
    {field_type::ci_char_field, "CICharField"},
    {field_type::ci_email_field, "CIEmailField"},
    {field_type::ci_text_field, "CITextField"},
    {field_type::integer_range_field, "IntegerRangeField"},
    {field_type::big_integer_range_field, "BigIntegerRangeField"},
    {field_type::decimal_range_field, "DecimalRangeField"},
    {field_type::date_range_field, "DateRangeField"},
    {field_type::datetime_range_field, "DateTimeRangeField"},
    {field_type::search_vector_field, "SearchVectorField"},
    {field_type::foreign_key, "ForeignKey"},
    {field_type::one_to_one, "OneToOneField"},
    {field_type::many_to_many, "ManyToManyField"},
}};

}  // namespace

std::string_view to_string(field_type t) {
  for (const auto& [type, name] : field_type_names)
    if (type == t) return name;
  return "Field";
}

std::optional<field_type> field_type_from_name(std::string_view django_name) {
  for (const auto& [type, name] : field_type_names)
    if (name == django_name) return type;
  return std::nullopt;
}

type_class class_of(field_type t) {
  switch (t) {
    case field_type::auto_field:
    case field_type::big_auto_field:
    case field_type::small_auto_field:
    case field_type::integer_field:
    case field_type::big_integer_field:
    case field_type::small_integer_field:
    case field_type::positive_integer_field:
    case field_type::positive_big_integer_field:
    case field_type::positive_small_integer_field:
    case field_type::foreign_key:
    case field_type::one_to_one:
    case field_type::many_to_many: return type_class::integer;
    case field_type::char_field:
    case field_type::text_field:
    case field_type::email_field:
    case field_type::slug_field:
    case field_type::url_field:
    case field_type::file_field:
    case field_type::image_field:
    case field_type::file_path_field:
    case field_type::generic_ip_address_field:
    case field_type::ci_char_field:
    case field_type::ci_email_field:
    case field_type::ci_text_field: return type_class::text;
    case field_type::float_field: return type_class::real;
    case field_type::decimal_field: return type_class::decimal;
    case field_type::boolean_field:
    case field_type::null_boolean_field: return type_class::boolean;
    case field_type::date_field: return type_class::date;
    case field_type::datetime_field: return type_class::datetime;
    case field_type::time_field: return type_class::time;
    case field_type::duration_field: return type_class::duration;
    case field_type::uuid_field: return type_class::uuid;
    case field_type::binary_field: return type_class::bytes;
    case field_type::json_field: return type_class::json;
    case field_type::array_field:
    case field_type::hstore_field:
    case field_type::integer_range_field:
    case field_type::big_integer_range_field:
    case field_type::decimal_range_field:
    case field_type::date_range_field:
    case field_type::datetime_range_field:
    case field_type::search_vector_field: return type_class::postgres;
  }
  return type_class::text;
}

bool postgres_only(field_type t) {
  return t >= field_type::array_field && t <= field_type::search_vector_field;
}

const member* model::find(std::string_view name) const {
  if (!member_index.empty()) return member_index.find(name);
  auto it = members.find(name);
  return it == members.end() ? nullptr : &it->second;
}

std::string reverse_query_name(const model& declaring, const field& fd) {
  if (!fd.related_query_name.empty()) return fd.related_query_name;
  if (!fd.related_name.empty()) return fd.related_name;
  return ascii_lower(declaring.name);
}

std::string reverse_accessor(const model& declaring, const field& fd) {
  if (fd.type == field_type::many_to_many && fd.symmetrical.value_or(false)) return {};
  if (!fd.related_name.empty())
    return fd.related_name.back() == '+' ? std::string() : fd.related_name;
  std::string name = ascii_lower(declaring.name);
  return fd.type == field_type::one_to_one ? name : name + "_set";
}

const manager* model::find_manager(std::string_view name) const {
  // A model that declares no manager gets Django's automatic `objects`.
  static const manager automatic = [] {
    manager plain;
    plain.name = "objects";
    return plain;
  }();
  const bool default_one = name.empty() || name == "_default_manager";
  if (managers.empty()) return default_one || name == automatic.name ? &automatic : nullptr;
  if (default_one) return &managers.front();
  const auto it = std::find_if(managers.begin(), managers.end(),
                               [&](const manager& m) { return m.name == name; });
  return it == managers.end() ? nullptr : &*it;
}

const model_constant* model::find_constant(std::string_view name) const {
  const auto it = std::find_if(constants.begin(), constants.end(),
                               [&](const model_constant& c) { return c.name == name; });
  return it == constants.end() ? nullptr : &*it;
}

const manager_method* manager::find_method(std::string_view name, bool first) const {
  const auto it = std::find_if(methods.begin(), methods.end(), [&](const manager_method& f) {
    return f.name == name && (first ? f.on_manager : f.on_queryset);
  });
  return it == methods.end() ? nullptr : &*it;
}

std::vector<std::string_view> model::member_names() const {
  std::vector<std::string_view> out;
  out.reserve(members.size());
  for (const auto& [name, m] : members) out.emplace_back(name);
  std::sort(out.begin(), out.end());
  return out;
}

model_builder& model_builder::add(field f) {
  get().fields.push_back(std::move(f));
  return *this;
}

model& model_builder::get() const {
  return s_->at(index_);
}

namespace fields {

field make(std::string name, field_type type) {
  field f;
  f.name = std::move(name);
  f.type = type;
  // ForeignKey, OneToOneField and SlugField are indexed unless they say db_index=False.
  f.db_index = type == field_type::foreign_key || type == field_type::one_to_one ||
               type == field_type::slug_field;
  return f;
}

field char_field(std::string name, int max_length) {
  field f = make(std::move(name), field_type::char_field);
  f.max_length = max_length;
  return f;
}

field text_field(std::string name) {
  return make(std::move(name), field_type::text_field);
}
field integer_field(std::string name) {
  return make(std::move(name), field_type::integer_field);
}
field boolean_field(std::string name) {
  return make(std::move(name), field_type::boolean_field);
}
field float_field(std::string name) {
  return make(std::move(name), field_type::float_field);
}
field date_field(std::string name) {
  return make(std::move(name), field_type::date_field);
}
field datetime_field(std::string name) {
  return make(std::move(name), field_type::datetime_field);
}

field decimal_field(std::string name, int max_digits, int decimal_places) {
  field f = make(std::move(name), field_type::decimal_field);
  f.max_digits = max_digits;
  f.decimal_places = decimal_places;
  return f;
}

namespace {
field relation_field(std::string name, field_type type, std::string target, on_delete action) {
  field f = make(std::move(name), type);
  f.target = std::move(target);
  f.on_delete = action;
  return f;
}
}  // namespace

field foreign_key(std::string name, std::string target, sqlweave::on_delete action) {
  return relation_field(std::move(name), field_type::foreign_key, std::move(target), action);
}
field one_to_one(std::string name, std::string target, sqlweave::on_delete action) {
  return relation_field(std::move(name), field_type::one_to_one, std::move(target), action);
}
field many_to_many(std::string name, std::string target) {
  return relation_field(std::move(name), field_type::many_to_many, std::move(target),
                        on_delete::cascade);
}

}  // namespace fields

schema schema::from_models_source(std::string_view source, const models_options& options) {
  schema s;
  parse_models(source, options, s);
  s.finalize();
  return s;
}

schema schema::from_models_file(const std::string& path, const models_options& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(error_code::bad_schema, fmt::format("cannot read models file '{}'", path));
  std::stringstream buffer;
  buffer << in.rdbuf();
  return from_models_source(buffer.str(), options);
}

model_builder schema::add_model(std::string name, std::string app_label) {
  models_.resize(declared_);  // the auto-created through models are made again by finalize()
  precomputed_.reset();       // and what finalize() prepares
  models_.emplace_back();
  declared_ = models_.size();
  models_.back().name = std::move(name);
  models_.back().app_label = std::move(app_label);
  return {*this, static_cast<int>(models_.size() - 1)};
}

int schema::find_model(std::string_view name) const {
  if (const auto dot = name.rfind('.'); dot != std::string_view::npos) {
    const std::string key =
        std::string(name.substr(0, dot)) + "." + ascii_lower(name.substr(dot + 1));
    auto it = by_label_.find(key);
    return it == by_label_.end() ? -1 : it->second;
  }
  if (!name_index_.empty()) {
    const int* found = name_index_.find(name);
    if (!found) return -1;
    if (*found != -2) return *found;
  } else {
    auto it = by_name_.find(name);
    if (it == by_name_.end()) return -1;
    if (it->second != -2) return it->second;
  }
  for (std::size_t i = 0; i < models_.size(); ++i)
    if (models_[i].name == name && models_[i].app_label == preferred_app_)
      return static_cast<int>(i);
  return -1;
}

int schema::model_index(std::string_view name, source_span span) const {
  const int i = find_model(name);
  if (i >= 0) return i;
  if (auto it = by_name_.find(name); it != by_name_.end() && it->second == -2) {
    std::vector<std::string> candidates;
    for (const auto& m : models_)
      if (m.name == name) candidates.push_back(m.app_label + "." + m.name);
    std::string list;
    for (const auto& c : candidates) list += (list.empty() ? "" : ", ") + c;
    throw error(diagnostic{error_code::unknown_model,
                           fmt::format("model name '{}' is in several apps ({}); pick one with "
                                       "--app or write app_label.{}",
                                       name, list, name),
                           span, std::move(candidates)});
  }
  std::vector<std::string_view> names;
  for (const auto& m : models()) names.emplace_back(m.name);
  throw_unknown(error_code::unknown_model, "model", name, {}, nearest_names(name, names), span);
}

namespace {

// What Django's checks (fields.E302-E305) call a member of `m` when it clashes: the field it is,
// or the reverse query name of the relation declared as `app.Model.field`.
struct member_origin {
  std::string label;
  bool reverse = false;
};
member_origin origin_of(const std::vector<model>& models, const std::vector<relation>& relations,
                        const model& m, const member& what) {
  auto label = [](const model& owner, std::string_view name) {
    return fmt::format("{}.{}.{}", owner.app_label, owner.name, name);
  };
  const auto f = static_cast<std::size_t>(what.index);
  if (what.what != member::kind::relation) return {label(m, m.fields[f].name), false};
  const relation& r = relations[f];
  // Relations come in pairs, the declaring side first (finalize(), link_generic_relations()).
  const bool reverse = f % 2 == 1;
  const model& declaring = models[static_cast<std::size_t>(reverse ? r.to_model : r.from_model)];
  const auto d = static_cast<std::size_t>(r.field_index);
  const bool generic = r.how == relation::kind::generic || r.how == relation::kind::generic_reverse;
  return {
      label(declaring, generic ? declaring.generic_relations[d].name : declaring.fields[d].name),
      reverse};
}

void add_member(const std::vector<model>& models, const std::vector<relation>& relations, model& m,
                std::string name, member what) {
  const auto [at, fresh] = m.members.emplace(name, what);
  if (fresh) return;
  const member_origin mine = origin_of(models, relations, m, what);
  const member_origin theirs = origin_of(models, relations, m, at->second);
  auto said = [](const member_origin& o) {
    return fmt::format("{} '{}'", o.reverse ? "reverse query name for" : "field name", o.label);
  };
  const member_origin& first = mine.reverse ? mine : theirs;
  const member_origin& second = mine.reverse ? theirs : mine;
  std::string text = said(first);
  text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  const char* check = !first.reverse    ? "models.E006"
                      : !second.reverse ? "fields.E303"
                                        : "fields.E305";
  fail(error_code::bad_schema,
       fmt::format("{} clashes with {} ('{}' on {}.{}, Django's {}): add or change a "
                   "related_name or related_query_name argument to the definition for '{}'{}",
                   text, said(second), name, m.app_label, m.name, check, first.label,
                   second.reverse ? fmt::format(" or '{}'", second.label)
                                  : fmt::format(", or rename field '{}'", second.label)));
}

// Two reverse relations may share a query name: Django's checks (fields.E305) compare one's
// query name with the other's accessor only, so with different accessors it accepts them, and
// Options.get_field() finds the one registered last. The earlier member is the one to replace,
// or null when the name is free or Django refuses the pair too.
member* accepted_duplicate(const std::vector<model>& models, const std::vector<relation>& relations,
                           model& target, const std::string& query_name, const model& declaring,
                           const field& fd) {
  const auto at = target.members.find(query_name);
  if (at == target.members.end() || at->second.what != member::kind::relation) return nullptr;
  const auto index = static_cast<std::size_t>(at->second.index);
  const relation& r = relations[index];
  if (index % 2 == 0 || r.how == relation::kind::generic_reverse) return nullptr;
  const model& other_model = models[static_cast<std::size_t>(r.to_model)];
  const field& other = other_model.fields[static_cast<std::size_t>(r.field_index)];
  const std::string mine = reverse_accessor(declaring, fd),
                    theirs = reverse_accessor(other_model, other);
  const std::string their_query = reverse_query_name(other_model, other);
  if (mine == theirs || theirs == query_name || mine == their_query) return nullptr;
  return &at->second;
}

// Django's auto-created through model of `m.f`, a ManyToManyField without `through=`:
// `<Model>_<field>` with an id and a foreign key to each side (`from_<model>`/`to_<model>` for
// a self relation), whose reverse sides are hidden (`related_name="<name>+"`).
// The field a to_field names on `to`: a column, or a ForeignKey/OneToOneField whose own column
// the key holds (Django joins on `to.<name>_id`; the stored type is its chain's end).
int to_field_index(const model& m, const field& fd, const model& to) {
  const auto named = std::find_if(to.fields.begin(), to.fields.end(), [&](const field& x) {
    return x.name == fd.to_field && (!x.is_relation() || x.is_forward_single());
  });
  if (named == to.fields.end())
    fail(error_code::bad_schema, fmt::format("{}.{} has to_field='{}', not a field of {}", m.name,
                                             fd.name, fd.to_field, to.name));
  return static_cast<int>(named - to.fields.begin());
}

// A key that names a relation is followed to a column: a chain that comes back is refused.
void check_key_chains(const std::vector<model>& models) {
  for (const auto& m : models)
    for (const auto& fd : m.fields) {
      if (!fd.is_forward_single()) continue;
      const field* at = &fd;
      for (std::size_t hops = 0; at->is_forward_single(); ++hops) {
        if (hops > models.size())
          fail(error_code::bad_schema,
               fmt::format("{}.{} points at a chain of foreign keys that comes back to itself",
                           m.name, fd.name));
        at = &models[static_cast<std::size_t>(at->target_model)]
                  .fields[static_cast<std::size_t>(at->target_field)];
      }
    }
}

model link_model_of(const model& m, field& f, const model& target, bool self) {
  model link;
  link.name = m.name + "_" + f.name;
  link.app_label = m.app_label;
  link.auto_created = true;
  if (f.m2m_table.empty()) f.m2m_table = m.db_table + "_" + f.name;
  link.db_table = f.m2m_table;
  field id = fields::make("id", f.link_id);
  id.primary_key = true;
  link.fields.push_back(std::move(id));
  auto side = [&](const model& to, const std::string& name) {
    field fk = fields::foreign_key(
        name, to.app_label.empty() ? to.name : to.app_label + "." + to.name, on_delete::cascade);
    fk.related_name = link.name + "+";
    fk.db_constraint = f.db_constraint;
    link.fields.push_back(std::move(fk));
  };
  side(m, self ? "from_" + ascii_lower(m.name) : ascii_lower(m.name));
  side(target, self ? "to_" + ascii_lower(target.name) : ascii_lower(target.name));
  link.pk = 0;
  return link;
}

}  // namespace

void schema::finalize() {
  models_.resize(declared_);
  by_name_.clear();
  name_index_.clear();
  by_label_.clear();
  relations_.clear();
  for (std::size_t i = 0; i < models_.size(); ++i) {
    auto& m = models_[i];
    const int index = static_cast<int>(i);
    if (!m.app_label.empty() &&
        !by_label_.emplace(m.app_label + "." + ascii_lower(m.name), index).second)
      fail(error_code::bad_schema,
           fmt::format("model {}.{} is declared twice", m.app_label, m.name));
    if (auto [it, fresh] = by_name_.emplace(m.name, index); !fresh) {
      if (m.app_label.empty() ||
          models_[static_cast<std::size_t>(it->second < 0 ? 0 : it->second)].app_label.empty())
        fail(error_code::bad_schema, fmt::format("model {} is declared twice", m.name));
      it->second = -2;
    }
  }
  for (std::size_t i = 0; i < models_.size(); ++i) {
    auto& m = models_[i];
    m.concrete = static_cast<int>(i);
    if (m.is_proxy()) continue;
    if (m.db_table.empty())
      m.db_table =
          m.app_label.empty() ? ascii_lower(m.name) : m.app_label + "_" + ascii_lower(m.name);
    m.pk = -1;
    for (std::size_t f = 0; f < m.fields.size(); ++f) {
      auto& fd = m.fields[f];
      if (fd.primary_key) m.pk = static_cast<int>(f);
      // Django's RelatedField.contribute_to_class() gives Meta.default_related_name to every
      // relation without its own: accessors, lookups and the field's deconstruct() see it.
      if (fd.is_relation() && fd.related_name.empty()) fd.related_name = m.default_related_name;
    }
    if (m.pk < 0) {
      field id;
      id.name = "id";
      id.type = field_type::auto_field;
      id.primary_key = true;
      m.fields.insert(m.fields.begin(), std::move(id));
      m.pk = 0;
    }
  }
  std::vector<model> links;
  for (std::size_t i = 0; i < declared_; ++i) {
    auto& m = models_[i];
    if (m.is_proxy()) continue;
    for (auto& f : m.fields) {
      if (f.type != field_type::many_to_many || !f.through.empty()) continue;
      const int t = f.target == "self" ? static_cast<int>(i) : find_model(f.target);
      f.auto_through = -1;
      if (t < 0) continue;  // reported with the relation targets below
      f.auto_through = static_cast<int>(models_.size() + links.size());
      links.push_back(
          link_model_of(m, f, models_[static_cast<std::size_t>(t)], t == static_cast<int>(i)));
    }
  }
  for (auto& l : links) {
    l.concrete = static_cast<int>(models_.size());
    models_.push_back(std::move(l));
  }

  // A proxy reads its concrete model's table through the same fields.
  for (std::size_t i = 0; i < models_.size(); ++i) {
    auto& m = models_[i];
    if (!m.is_proxy()) continue;
    if (!m.fields.empty())
      fail(error_code::bad_schema, fmt::format("proxy model {} declares fields", m.name));
    int c = static_cast<int>(i);
    for (std::size_t hops = 0; models_[static_cast<std::size_t>(c)].is_proxy(); ++hops) {
      const auto& p = models_[static_cast<std::size_t>(c)];
      const int next = find_model(p.proxy_for);
      if (next < 0)
        fail(error_code::bad_schema,
             fmt::format("proxy model {} proxies unknown model '{}'", p.name, p.proxy_for));
      if (hops > models_.size())
        fail(error_code::bad_schema, fmt::format("proxy model {} proxies itself", m.name));
      c = next;
    }
    const auto& concrete = models_[static_cast<std::size_t>(c)];
    m.concrete = c;
    m.db_table = concrete.db_table;
    m.fields = concrete.fields;
    m.pk = concrete.pk;
    m.managed = concrete.managed;
  }

  // Columns and relation targets.
  for (std::size_t i = 0; i < models_.size(); ++i) {
    auto& m = models_[i];
    m.columns.clear();
    m.relations.clear();
    m.members.clear();
    m.member_index.clear();
    for (std::size_t f = 0; f < m.fields.size(); ++f) {
      auto& fd = m.fields[f];
      if (fd.is_relation()) {
        fd.target_model = fd.target == "self" ? static_cast<int>(i) : find_model(fd.target);
        if (fd.target_model < 0)
          fail(error_code::bad_schema,
               fmt::format("{}.{} refers to unknown model '{}'", m.name, fd.name, fd.target));
        const model& to = models_[static_cast<std::size_t>(fd.target_model)];
        fd.target_field = to.pk;
        if (!fd.to_field.empty()) fd.target_field = to_field_index(m, fd, to);
      }
      if (fd.type == field_type::many_to_many) continue;
      fd.column = !fd.db_column.empty()    ? fd.db_column
                  : fd.is_forward_single() ? fd.name + "_id"
                                           : fd.name;
      m.columns.push_back(static_cast<int>(f));
    }
  }
  check_key_chains(models_);

  // Members: fields, attnames, pk, and relations in both directions.
  for (std::size_t i = 0; i < models_.size(); ++i) {
    auto& m = models_[i];
    for (std::size_t f = 0; f < m.fields.size(); ++f) {
      auto& fd = m.fields[f];
      const int fi = static_cast<int>(f);
      if (!fd.is_relation()) {
        add_member(models_, relations_, m, fd.name, {member::kind::column, fi});
        continue;
      }
      auto& target = models_[static_cast<std::size_t>(fd.target_model)];
      const auto& target_pk = target.pk_field();
      const auto& target_key = target.fields[static_cast<std::size_t>(fd.target_field)];
      const std::string reverse_name = reverse_query_name(m, fd);
      // A symmetrical self M2M is its own reverse: Django names that side `<field>_rel_+`.
      if (fd.type == field_type::many_to_many && fd.target_model == static_cast<int>(i))
        fd.symmetrical = fd.symmetrical.value_or(fd.target == "self");
      const bool symmetric = fd.type == field_type::many_to_many &&
                             fd.target_model == static_cast<int>(i) &&
                             fd.symmetrical.value_or(false);
      const bool hidden_reverse =
          symmetric || (!fd.related_name.empty() && fd.related_name.back() == '+');
      relation fwd;
      fwd.from_model = static_cast<int>(i);
      fwd.to_model = fd.target_model;
      fwd.field_index = fi;
      relation back = fwd;
      back.from_model = fd.target_model;
      back.to_model = static_cast<int>(i);
      if (fd.is_forward_single()) {
        fwd.how = relation::kind::forward;
        fwd.nullable = fd.null;
        fwd.from_column = fd.column;
        fwd.to_column = target_key.column;
        back.how = relation::kind::reverse;
        back.nullable = true;
        back.multi_valued = fd.type == field_type::foreign_key;
        back.from_column = fwd.to_column;
        back.to_column = fd.column;
        add_member(models_, relations_, m, fd.name + "_id",
                   {member::kind::column, fi});  // the attname, whatever db_column says
      } else {
        fwd.how = back.how = relation::kind::m2m;
        fwd.nullable = back.nullable = true;
        fwd.multi_valued = back.multi_valued = true;
        const bool self = fd.target_model == static_cast<int>(i);
        std::string through_from, through_to;
        if (!fd.through.empty()) {
          const int t = find_model(fd.through);
          if (t < 0)
            fail(error_code::bad_schema, fmt::format("{}.{} names unknown through model '{}'",
                                                     m.name, fd.name, fd.through));
          const auto& through = models_[static_cast<std::size_t>(t)];
          const auto keys = detail::m2m_link_fields(models_, static_cast<int>(i), fd, t);
          fwd.link_model = t;
          fwd.link_table = through.db_table;
          const field& src_fk = through.fields[static_cast<std::size_t>(keys.source)];
          const field& dst_fk = through.fields[static_cast<std::size_t>(keys.target)];
          fwd.link_from_column = src_fk.column;
          fwd.link_to_column = dst_fk.column;
          // The link's foreign keys may name a to_field: the join is on what they point at.
          through_from = m.fields[static_cast<std::size_t>(src_fk.target_field)].column;
          through_to = target.fields[static_cast<std::size_t>(dst_fk.target_field)].column;
        } else {
          if (!fd.through_fields.empty())
            fail(error_code::bad_schema,
                 fmt::format("{}.{} has through_fields but no through model", m.name, fd.name));
          fwd.link_table = !fd.m2m_table.empty() ? fd.m2m_table : m.db_table + "_" + fd.name;
          fd.m2m_table = fwd.link_table;
          const std::string from = ascii_lower(m.name), to = ascii_lower(target.name);
          fwd.link_from_column = self ? "from_" + from + "_id" : from + "_id";
          fwd.link_to_column = self ? "to_" + to + "_id" : to + "_id";
        }
        fwd.from_column = through_from.empty() ? m.pk_field().column : through_from;
        fwd.to_column = through_to.empty() ? target_pk.column : through_to;
        back.link_model = fwd.link_model;
        back.link_table = fwd.link_table;
        back.link_from_column = fwd.link_to_column;
        back.link_to_column = fwd.link_from_column;
        back.from_column = fwd.to_column;
        back.to_column = fwd.from_column;
      }
      relations_.push_back(fwd);
      m.relations.push_back(static_cast<int>(relations_.size() - 1));
      add_member(models_, relations_, m, fd.name,
                 {member::kind::relation, static_cast<int>(relations_.size() - 1)});
      relations_.push_back(back);
      if (m.is_proxy()) continue;  // the concrete model's field already made the reverse side
      // The link rows of an M2M are the relation's own business (delete plans remove them).
      if (m.auto_created) continue;
      target.relations.push_back(static_cast<int>(relations_.size() - 1));
      // A query name ending in '+' is no lookup name Django could take.
      if (hidden_reverse || reverse_name.back() == '+') continue;
      const member back_member{member::kind::relation, static_cast<int>(relations_.size() - 1)};
      if (member* earlier = accepted_duplicate(models_, relations_, target, reverse_name, m, fd)) {
        const relation& r = relations_[static_cast<std::size_t>(earlier->index)];
        const model& other = models_[static_cast<std::size_t>(r.to_model)];
        std::string w = fmt::format(
            "warning: '{}' on {}.{} is the reverse query name of both {}.{}.{} and {}.{}.{}, "
            "which Django accepts as their accessors differ; lookups through it take {}.{}.{}, "
            "declared last, as Django's get_field() does",
            reverse_name, target.app_label, target.name, other.app_label, other.name,
            other.fields[static_cast<std::size_t>(r.field_index)].name, m.app_label, m.name,
            fd.name, m.app_label, m.name, fd.name);
        // finalize() may run again over the same models.
        if (std::find(warnings_.begin(), warnings_.end(), w) == warnings_.end())
          add_warning(std::move(w));
        *earlier = back_member;
        continue;
      }
      add_member(models_, relations_, target, reverse_name, back_member);
    }
  }
  detail::link_generic_relations(
      models_, relations_, [this](std::string_view name) { return find_model(name); },
      [this](model& m, std::string name, member what) {
        // Django runs no system check on a GenericRelation (a private field), so its reverse
        // query name may repeat another reverse one (wagtail's Page has two GenericRelations
        // named "page" back): Options.get_field() finds the one registered last.
        const auto at = m.members.find(name);
        const bool generic_back =
            what.what == member::kind::relation &&
            relations_[static_cast<std::size_t>(what.index)].how == relation::kind::generic_reverse;
        if (generic_back && at != m.members.end() && at->second.what == member::kind::relation &&
            at->second.index % 2 == 1) {
          const member_origin earlier = origin_of(models_, relations_, m, at->second);
          const member_origin later = origin_of(models_, relations_, m, what);
          std::string w = fmt::format(
              "warning: '{}' on {}.{} is the reverse query name of both {} and {}, which Django "
              "does not check for a GenericRelation; lookups through it take {}, declared last, "
              "as Django's get_field() does",
              name, m.app_label, m.name, earlier.label, later.label, later.label);
          if (std::find(warnings_.begin(), warnings_.end(), w) == warnings_.end())
            add_warning(std::move(w));
          at->second = what;
          return;
        }
        add_member(models_, relations_, m, std::move(name), what);
      });
  for (auto& m : models_) m.members.emplace("pk", member{member::kind::column, m.pk});

  // Multi-table inheritance: every name of a parent is reached through the `<parent>_ptr`.
  std::vector<char> inherited(models_.size(), 0);
  std::function<void(std::size_t, std::size_t)> inherit = [&](std::size_t i, std::size_t depth) {
    if (inherited[i]) return;
    if (depth > models_.size())
      fail(error_code::bad_schema, fmt::format("model {} inherits from itself", models_[i].name));
    auto& m = models_[i];
    m.parents.clear();
    // Django's Options.parents is in base order; the links' fields are in reverse (their
    // auto-creation counters decrease), so they are read from the last.
    for (std::size_t f = m.fields.size(); f-- > 0;) {
      const auto& fd = m.fields[f];
      if (!fd.parent_link) continue;
      m.parents.push_back(static_cast<int>(f));
      inherit(static_cast<std::size_t>(fd.target_model), depth + 1);
      const member* link = m.find(fd.name);
      const auto& parent = models_[static_cast<std::size_t>(fd.target_model)];
      for (const auto& [name, what] : parent.members) {
        if (name == "pk") continue;
        const auto [at, fresh] =
            m.members.emplace(name, member{member::kind::inherited, -1, link->index});
        if (!fresh && at->second.what == member::kind::column && what.what == member::kind::column)
          fail(error_code::bad_schema,
               fmt::format("field '{}' of {} clashes with the field of the same name of its "
                           "parent {}",
                           name, m.name, parent.name));
      }
    }
    inherited[i] = 1;
  };
  for (std::size_t i = 0; i < models_.size(); ++i) inherit(i, 0);
  // A proxy also answers to its concrete model's reverse relations.
  for (auto& m : models_) {
    if (!m.is_proxy()) continue;
    for (const auto& [name, what] : models_[static_cast<std::size_t>(m.concrete)].members)
      m.members.emplace(name, what);
  }
  for (auto& m : models_) m.member_index.assign(m.members);
  name_index_.assign(by_name_);
  for (auto& m : models_) {
    parse_managers(m);
    detail::parse_constants(m);
    detail::parse_ordering(m);
  }
  precomputed_ =
      std::make_shared<const detail::precomputed>(detail::precompute(models_, relations_));
}

}  // namespace sqlweave
