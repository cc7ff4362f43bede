// SPDX-License-Identifier: MIT
// Which two foreign keys of a declared through model a ManyToManyField goes by, as Django 3.2
// picks them (ManyToManyField._get_m2m_attr / _get_m2m_reverse_attr) and checks them (the
// fields.E333-E339 system checks): a through model Django would refuse is an error here too.
#pragma once

#include <vector>

#include "sqlweave/schema.hpp"

namespace sqlweave::detail {

struct link_fields {
  int source = -1;  // the through model's FK to the declaring model
  int target = -1;  // its FK to the related model
};

/// `Event.invitees` through `Invitation` with through_fields=("event", "invitee"): the field
/// indexes of `event` and `invitee` on Invitation. Needs the foreign keys' target_model filled.
link_fields m2m_link_fields(const std::vector<model>& models, int owner, const field& m2m,
                            int through);

}  // namespace sqlweave::detail
