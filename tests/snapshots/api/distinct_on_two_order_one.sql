query: Customer.objects.distinct("country", "vip").order_by("country").values_list("country", "vip")

[sqlite]
error[unsupported]: sqlite does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 18
  | Customer.objects.distinct("country", "vip").order_by("country").values_list("country", "vip")
  |                  ^^^^^^^^

[postgresql]
SELECT DISTINCT ON ("shop_customer"."country", "shop_customer"."vip") "shop_customer"."country", "shop_customer"."vip"
FROM "shop_customer"
ORDER BY "shop_customer"."country" ASC
params: []

[mysql]
error[unsupported]: mysql does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 18
  | Customer.objects.distinct("country", "vip").order_by("country").values_list("country", "vip")
  |                  ^^^^^^^^

[oracle]
error[unsupported]: oracle does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 18
  | Customer.objects.distinct("country", "vip").order_by("country").values_list("country", "vip")
  |                  ^^^^^^^^
