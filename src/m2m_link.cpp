// SPDX-License-Identifier: MIT
#include "m2m_link.hpp"

#include <fmt/format.h>

#include <string>
#include <string_view>

#include "support/errors.hpp"

namespace sqlweave::detail {
namespace {

const model& at(const std::vector<model>& models, int i) {
  return models[static_cast<std::size_t>(i)];
}

// The foreign keys (and one-to-ones) of `through` that point at model `to`, in field order.
std::vector<int> keys_to(const model& through, int to) {
  std::vector<int> out;
  for (std::size_t i = 0; i < through.fields.size(); ++i) {
    const field& f = through.fields[i];
    if (f.is_forward_single() && f.target_model == to) out.push_back(static_cast<int>(i));
  }
  return out;
}

std::string names_of(const model& through, const std::vector<int>& keys) {
  std::string out;
  for (const int k : keys) {
    if (!out.empty()) out += ", ";
    out += through.fields[static_cast<std::size_t>(k)].name;
  }
  return out;
}

// through_fields[side] named on `through`: a foreign key to model `to`.
int named_key(const std::vector<model>& models, const model& owner, const field& m2m,
              const model& through, int to, std::size_t side) {
  const std::string& name = m2m.through_fields[side];
  for (std::size_t i = 0; i < through.fields.size(); ++i) {
    const field& f = through.fields[i];
    if (f.name != name) continue;
    if (!f.is_forward_single() || f.target_model != to)
      fail(error_code::bad_schema,
           fmt::format("{}.{}: through_fields names '{}.{}', which is not a foreign key to {} "
                       "(Django's fields.E339)",
                       owner.name, m2m.name, through.name, name, at(models, to).name));
    return static_cast<int>(i);
  }
  const std::vector<int> keys = keys_to(through, to);
  fail(error_code::bad_schema,
       fmt::format("{}.{}: the through model {} has no field '{}'{} (Django's fields.E338)",
                   owner.name, m2m.name, through.name, name,
                   keys.empty() ? std::string()
                                : fmt::format("; its foreign keys to {}: {}", at(models, to).name,
                                              names_of(through, keys))));
}

// Django's fields.E334/E335: several foreign keys on one side of the link, none named.
[[noreturn]] void refuse_ambiguous(const model& owner, const field& m2m, const model& through,
                                   std::string_view direction, const std::string& other,
                                   const std::vector<int>& keys, const std::string& hint,
                                   std::string_view check) {
  fail(error_code::bad_schema,
       fmt::format("{}.{}: the through model {} has more than one foreign key {} {} ({}), "
                   "which is ambiguous{} (Django's fields.{})",
                   owner.name, m2m.name, through.name, direction, other, names_of(through, keys),
                   hint, check));
}

}  // namespace

link_fields m2m_link_fields(const std::vector<model>& models, int owner, const field& m2m,
                            int through) {
  const model& m = at(models, owner);
  const model& t = at(models, through);
  const int to = m2m.target_model;
  if (!m2m.through_fields.empty()) {
    if (m2m.through_fields.size() != 2 || m2m.through_fields[0].empty() ||
        m2m.through_fields[1].empty())
      fail(error_code::bad_schema,
           fmt::format("{}.{}: through_fields takes the names of the two link fields of {}, "
                       "through_fields=(\"field1\", \"field2\") (Django's fields.E337)",
                       m.name, m2m.name, t.name));
    return {named_key(models, m, m2m, t, owner, 0), named_key(models, m, m2m, t, to, 1)};
  }
  const std::string hint =
      fmt::format("; name the two with through_fields=(\"<key to {}>\", \"<key to {}>\")", m.name,
                  at(models, to).name);
  if (to == owner) {
    // A link to self: the first key is the source, the second the target.
    const std::vector<int> keys = keys_to(t, owner);
    if (keys.size() > 2)
      fail(error_code::bad_schema,
           fmt::format("{}.{}: the through model {} has more than two foreign keys to {} ({}), "
                       "which is ambiguous{} (Django's fields.E333)",
                       m.name, m2m.name, t.name, m.name, names_of(t, keys), hint));
    if (keys.size() < 2)
      fail(error_code::bad_schema,
           fmt::format("through model {} needs two foreign keys to {}", t.name, m.name));
    return {keys[0], keys[1]};
  }
  const std::vector<int> from = keys_to(t, owner);
  const std::vector<int> dest = keys_to(t, to);
  if (from.size() > 1) refuse_ambiguous(m, m2m, t, "from", m.name, from, hint, "E334");
  if (dest.size() > 1) refuse_ambiguous(m, m2m, t, "to", at(models, to).name, dest, hint, "E335");
  if (from.empty() || dest.empty())
    fail(error_code::bad_schema, fmt::format("through model {} needs foreign keys to {} and {}",
                                             t.name, m.name, at(models, to).name));
  return {from[0], dest[0]};
}

}  // namespace sqlweave::detail
