// SPDX-License-Identifier: MIT
#include "resolve/accessors.hpp"

namespace sqlweave::resolve {

bool declared_on_from(const schema& s, int relation_index) {
  const relation& r = s.rel(relation_index);
  if (r.how != relation::kind::m2m) return r.how == relation::kind::forward;
  const model& from = s.at(r.from_model);
  const auto at = static_cast<std::size_t>(r.field_index);
  if (at >= from.fields.size() || from.fields[at].type != field_type::many_to_many) return false;
  // A self M2M has both sides on one model: the forward one is the field's member.
  const member* forward = from.find(from.fields[at].name);
  return forward && forward->what == member::kind::relation && forward->index == relation_index;
}

std::string accessor_name(const schema& s, int relation_index) {
  const relation& r = s.rel(relation_index);
  const auto at = static_cast<std::size_t>(r.field_index);
  switch (r.how) {
    case relation::kind::generic: return s.at(r.from_model).generic_relations[at].name;
    case relation::kind::generic_reverse: return {};  // GenericRel adds no descriptor
    case relation::kind::forward:
    case relation::kind::reverse:
    case relation::kind::m2m: break;
  }
  if (declared_on_from(s, relation_index)) return s.at(r.from_model).fields[at].name;
  const model& declaring = s.at(r.to_model);
  return reverse_accessor(declaring, declaring.fields[at]);
}

namespace {

int own_accessor(const schema& s, const model& m, std::string_view name,
                 std::vector<std::string>& names) {
  for (const int ri : m.relations) {
    std::string accessor = accessor_name(s, ri);
    if (accessor == name) return ri;
    if (!accessor.empty()) names.push_back(std::move(accessor));
  }
  return -1;
}

// Python finds an attribute on the class, then on its bases: a multi-table child has its
// parents' accessors (in base order, each parent before the next one's bases).
int inherited_accessor(const schema& s, const model& m, std::string_view name,
                       std::vector<std::string>& names) {
  const int own = own_accessor(s, m, name, names);
  if (own >= 0) return own;
  for (const int link : m.parents) {
    const member* mem = m.find(m.fields[static_cast<std::size_t>(link)].name);
    const int found = inherited_accessor(s, s.at(s.rel(mem->index).to_model), name, names);
    if (found >= 0) return found;
  }
  return -1;
}

}  // namespace

int find_accessor(const schema& s, const model& m, std::string_view name,
                  std::vector<std::string>& names) {
  const model& concrete = s.at(m.concrete);
  if (&concrete != &m) {
    const int own = own_accessor(s, m, name, names);
    if (own >= 0) return own;
  }
  return inherited_accessor(s, concrete, name, names);
}

}  // namespace sqlweave::resolve
