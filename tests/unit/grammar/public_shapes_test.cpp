// SPDX-License-Identifier: MIT
// Shapes of Python that public Django applications write in their models, on trees of our own:
// subscripted generic bases, type parameters, and the like.
#include <catch2/catch.hpp>
#include <string>

#include "sqlweave/schema.hpp"
#include "support/schema_lookup.hpp"
#include "support/tree.hpp"

using namespace sqlweave;
using sqlweave::testing::load_error;
using sqlweave::testing::model_named;
using sqlweave::testing::tree;

namespace {}  // namespace

TEST_CASE("a subscripted generic base is its class: Manager[T], Generic[T]", "[models][tree]") {
  tree t({{"shelf/__init__.py", ""},
          {"shelf/managers.py",
           "from typing import Generic, TypeVar\n"
           "from django.db import models\n\n"
           "T = TypeVar('T')\n\n"
           "class ShelfManager(models.Manager[T], Generic[T]):\n    pass\n\n"
           "class VisibleManager(ShelfManager):\n"
           "    def get_queryset(self):\n"
           "        return super().get_queryset().filter(hidden=False)\n"},
          {"shelf/models.py",
           "from django.db import models\n"
           "from .managers import ShelfManager, VisibleManager\n\n"
           "class Box(models.Model):\n"
           "    hidden = models.BooleanField(default=False)\n"
           "    everything = ShelfManager()\n"
           "    visible = VisibleManager()\n\n"
           "    class Meta:\n        default_manager_name = 'visible'\n"}});
  const schema s = schema::load({t.root.string()}, {});
  const model& box = model_named(s, "Box");
  REQUIRE(box.managers.size() == 2);
  CHECK(box.managers[0].name == "visible");
  CHECK(box.managers[0].chain == ".filter(hidden=False)");
  CHECK(box.managers[1].name == "everything");
  CHECK(box.managers[1].chain.empty());
}

TEST_CASE("type parameters of generic classes and functions define nothing (PEP 695)",
          "[models][tree]") {
  tree t({{"crate/__init__.py", ""},
          {"crate/context.py",
           "class Holder[N, T: int = str]:\n    pass\n\n"
           "def first[T](items: list[T]) -> T:\n    return items[0]\n"},
          {"crate/models.py",
           "from django.db import models\n"
           "from .context import Holder, first\n\n"
           "class Crate(models.Model):\n"
           "    label = models.CharField(max_length=first([12, 30]))\n"}});
  const schema s = schema::load({t.root.string()}, {});
  CHECK(model_named(s, "Crate").fields.back().max_length == 12);
  tree bad({{"crate/__init__.py", ""},
            {"crate/models.py", "from django.db import models\n\nclass Crate[T:\n    pass\n"}});
  CHECK(load_error(bad).starts_with("error[syntax]"));
}
