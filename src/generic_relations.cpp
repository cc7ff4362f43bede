// SPDX-License-Identifier: MIT
#include "generic_relations.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "support/ascii.hpp"
#include "support/errors.hpp"

namespace sqlweave::detail {
namespace {

std::string label(const model& m, std::string_view name) {
  return fmt::format("{}.{}.{}", m.app_label, m.name, name);
}

int own_field(const model& m, std::string_view name) {
  const auto it = std::find_if(m.fields.begin(), m.fields.end(),
                               [&](const field& f) { return f.name == name; });
  return it == m.fields.end() ? -1 : static_cast<int>(it - m.fields.begin());
}

// Django's contenttypes.E004: the target must hold a GenericForeignKey over these two fields.
// sqlweave reads no GenericForeignKey object, so the fields themselves are checked: the content
// type field a ForeignKey to contenttypes.ContentType, the object id a field of the target.
std::pair<int, int> generic_key_fields(const std::vector<model>& models, const model& owner,
                                       const generic_relation& g, const model& target) {
  const int ct = own_field(target, g.content_type_field);
  const int id = own_field(target, g.object_id_field);
  if (ct < 0 || id < 0) {
    const member* inherited = target.find(ct < 0 ? g.content_type_field : g.object_id_field);
    if (inherited && inherited->what == member::kind::inherited)
      fail(error_code::bad_schema,
           fmt::format("GenericRelation {}: {}.{} is a field of a multi-table parent of {}; "
                       "joining through the parent is not supported",
                       label(owner, g.name), target.name,
                       ct < 0 ? g.content_type_field : g.object_id_field, target.name));
    fail(error_code::bad_schema,
         fmt::format("GenericRelation {} defines a relation with the model '{}.{}', which has no "
                     "field '{}' for a GenericForeignKey (object_id_field='{}', "
                     "content_type_field='{}')",
                     label(owner, g.name), target.app_label, target.name,
                     ct < 0 ? g.content_type_field : g.object_id_field, g.object_id_field,
                     g.content_type_field));
  }
  const field& ct_field = target.fields[static_cast<std::size_t>(ct)];
  const model* to = ct_field.target_model >= 0
                        ? &models[static_cast<std::size_t>(ct_field.target_model)]
                        : nullptr;
  if (ct_field.type != field_type::foreign_key || !to || to->app_label != "contenttypes" ||
      to->name != "ContentType")
    fail(error_code::bad_schema,
         fmt::format("GenericRelation {}: {} must be a ForeignKey to contenttypes.ContentType "
                     "(content_type_field='{}')",
                     label(owner, g.name), label(target, g.content_type_field),
                     g.content_type_field));
  // The join reads the content type's id by its natural key (app_label, model).
  for (const char* key : {"app_label", "model"})
    if (own_field(*to, key) < 0)
      fail(error_code::bad_schema,
           fmt::format("GenericRelation {}: contenttypes.ContentType has no field '{}', which "
                       "the join reads the content type's id by",
                       label(owner, g.name), key));
  if (target.fields[static_cast<std::size_t>(id)].is_relation())
    fail(error_code::bad_schema,
         fmt::format("GenericRelation {}: {} is a relation, not the column of an object id",
                     label(owner, g.name), label(target, g.object_id_field)));
  return {ct, id};
}

}  // namespace

void link_generic_relations(std::vector<model>& models, std::vector<relation>& relations,
                            const std::function<int(std::string_view)>& find_model,
                            const std::function<void(model&, std::string, member)>& add_member) {
  for (std::size_t i = 0; i < models.size(); ++i) {
    model& m = models[i];
    for (std::size_t gi = 0; gi < m.generic_relations.size(); ++gi) {
      generic_relation& g = m.generic_relations[gi];
      g.target_model = g.target == "self" ? static_cast<int>(i) : find_model(g.target);
      if (g.target_model < 0)
        fail(error_code::bad_schema, fmt::format("GenericRelation {} refers to unknown model '{}'",
                                                 label(m, g.name), g.target));
      model& target = models[static_cast<std::size_t>(g.target_model)];
      const auto [ct, id] = generic_key_fields(models, m, g, target);
      // ContentType.objects.get_for_model(model, for_concrete_model=...): a proxy's own type
      // only when asked for.
      const model& typed = g.for_concrete_model && m.concrete >= 0
                               ? models[static_cast<std::size_t>(m.concrete)]
                               : m;
      relation fwd;
      fwd.how = relation::kind::generic;
      fwd.from_model = static_cast<int>(i);
      fwd.to_model = g.target_model;
      fwd.field_index = static_cast<int>(gi);
      // Django's setup_joins(): a join that is not `direct` may find no partner, and the path
      // is `m2m` (rows repeat) in both directions (GenericRelation.get_reverse_path_info has
      // m2m=not unique, and a GenericRelation is never unique).
      fwd.nullable = true;
      fwd.multi_valued = true;
      fwd.from_column = m.pk_field().column;
      fwd.to_column = target.fields[static_cast<std::size_t>(id)].column;
      fwd.content_type_column = target.fields[static_cast<std::size_t>(ct)].column;
      fwd.content_type_field = ct;
      fwd.content_type_app = typed.app_label;
      fwd.content_type_name = ascii_lower(typed.name);
      relation back = fwd;
      back.how = relation::kind::generic_reverse;
      back.from_model = g.target_model;
      back.to_model = static_cast<int>(i);
      back.from_column = fwd.to_column;
      back.to_column = fwd.from_column;
      relations.push_back(fwd);
      m.relations.push_back(static_cast<int>(relations.size() - 1));
      add_member(m, g.name, {member::kind::relation, static_cast<int>(relations.size() - 1)});
      relations.push_back(back);
      // GenericRel's related_name is related_query_name or '+': without one, or with one
      // ending in '+' (hidden, as Django's is_hidden()), no reverse name, so none can clash.
      if (g.related_query_name.empty() || g.related_query_name.back() == '+') continue;
      target.relations.push_back(static_cast<int>(relations.size() - 1));
      add_member(target, g.related_query_name,
                 {member::kind::relation, static_cast<int>(relations.size() - 1)});
    }
  }
}

}  // namespace sqlweave::detail
