// SPDX-License-Identifier: MIT
// The README's library example: build, compile, re-bind, and parse the same query as text.
#include <cstdio>
#include <sqlweave/parse.hpp>
#include <sqlweave/query.hpp>

int main(int argc, char** argv) {
  using namespace sqlweave;
  const char* models = argc > 1 ? argv[1] : "examples/library/models.py";
  auto schema = schema::from_models_file(models, {.app = "library"});
  auto q = objects("Book")
               .filter(Q("title__startswith", param("prefix")) | Q("pages__gt", F("chapters") * 10))
               .annotate("n_tags", Count("tags").distinct())
               .order_by({"-published", "title"})
               .slice(5, 15);
  compiled_query c = q.compile(schema, dialect_id::postgresql);
  compiled_query ready = c.bind({{"prefix", "Dj"}});  // reuse c with other values
  auto same = compile(schema, parse_query(R"(Book.objects.filter(title__startswith="Dj")[:10])"),
                      dialect_id::sqlite);
  std::printf("%s\n%s\n", ready.statements[0].sql.c_str(), same.statements[0].sql.c_str());
  return ready.statements[0].params[0] == value("Dj%") ? 0 : 1;
}
