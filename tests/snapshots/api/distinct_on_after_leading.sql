query: Customer.objects.distinct("country").order_by("country", "-credit", "id").values_list("country", "name")

[sqlite]
error[unsupported]: sqlite does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 18
  | Customer.objects.distinct("country").order_by("country", "-credit", "id").values_list("country", "name")
  |                  ^^^^^^^^

[postgresql]
SELECT DISTINCT ON ("shop_customer"."country") "shop_customer"."country", "shop_customer"."name"
FROM "shop_customer"
ORDER BY "shop_customer"."country" ASC, "shop_customer"."credit" DESC, "shop_customer"."id" ASC
params: []

[mysql]
error[unsupported]: mysql does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 18
  | Customer.objects.distinct("country").order_by("country", "-credit", "id").values_list("country", "name")
  |                  ^^^^^^^^

[oracle]
error[unsupported]: oracle does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 18
  | Customer.objects.distinct("country").order_by("country", "-credit", "id").values_list("country", "name")
  |                  ^^^^^^^^
