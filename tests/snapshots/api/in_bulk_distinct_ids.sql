query: Customer.objects.distinct("country").in_bulk(["DE"], field_name="country")

[sqlite]
error[unsupported]: sqlite does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 18
  | Customer.objects.distinct("country").in_bulk(["DE"], field_name="country")
  |                  ^^^^^^^^

[postgresql]
SELECT DISTINCT ON ("shop_customer"."country") "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
FROM "shop_customer"
WHERE "shop_customer"."country" IN ($1)
params: ["DE"]

[mysql]
error[unsupported]: mysql does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 18
  | Customer.objects.distinct("country").in_bulk(["DE"], field_name="country")
  |                  ^^^^^^^^

[oracle]
error[unsupported]: oracle does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 18
  | Customer.objects.distinct("country").in_bulk(["DE"], field_name="country")
  |                  ^^^^^^^^
