query: Customer.objects.distinct("country").order_by("country", "id").in_bulk(field_name="country")

[sqlite]
error[unsupported]: sqlite does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 18
  | Customer.objects.distinct("country").order_by("country", "id").in_bulk(field_name="country")
  |                  ^^^^^^^^

[postgresql]
SELECT DISTINCT ON ("shop_customer"."country") "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
FROM "shop_customer"
ORDER BY "shop_customer"."country" ASC, "shop_customer"."id" ASC
params: []

[mysql]
error[unsupported]: mysql does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 18
  | Customer.objects.distinct("country").order_by("country", "id").in_bulk(field_name="country")
  |                  ^^^^^^^^

[oracle]
error[unsupported]: oracle does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 18
  | Customer.objects.distinct("country").order_by("country", "id").in_bulk(field_name="country")
  |                  ^^^^^^^^
