// SPDX-License-Identifier: MIT
#include "sqlweave/bound_query.hpp"

#include <fmt/format.h>

#include "render/writer.hpp"
#include "support/errors.hpp"

namespace sqlweave {

bound_query::bound_query(compiled_query compiled) {
  reset(std::make_shared<const compiled_query>(std::move(compiled)));
}

void bound_query::reset(std::shared_ptr<const compiled_query> shared) {
  compiled_ = std::move(shared);
  params_.clear();
  offsets_.clear();
  for (const auto& st : compiled_->statements) {
    offsets_.push_back(params_.size());
    params_.insert(params_.end(), st.params.begin(), st.params.end());
  }
  offsets_.push_back(params_.size());
}

void bound_query::bind(const std::map<std::string, value, std::less<>>& values) {
  for (std::size_t i = 0; i < size(); ++i)
    for (const auto& slot : compiled_->statements[i].slots) {
      const auto it = values.find(slot.name);
      if (it == values.end())
        fail(error_code::unbound_parameter,
             fmt::format("no value for the parameter :{}", slot.name));
      params_[offsets_[i] + slot.index] = render::wrapped_value(slot.wrap, it->second);
    }
}

const compiled_query& bound_query::compiled() const {
  static const compiled_query none;
  return compiled_ ? *compiled_ : none;
}

std::string_view bound_query::sql(std::size_t statement) const {
  return compiled().statements.at(statement).sql;
}

std::span<const value> bound_query::params(std::size_t statement) const {
  return std::span<const value>(params_).subspan(offsets_.at(statement),
                                                 offsets_.at(statement + 1) - offsets_[statement]);
}

compiled_query bound_query::to_compiled() const {
  compiled_query out = compiled();
  for (std::size_t i = 0; i < size(); ++i) {
    const auto p = params(i);
    out.statements[i].params.assign(p.begin(), p.end());
  }
  return out;
}

}  // namespace sqlweave
