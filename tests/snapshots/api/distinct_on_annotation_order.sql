query: Customer.objects.annotate(c=Lower("country")).distinct("c").order_by("c", "id").values_list("c", "id")

[sqlite]
error[unsupported]: sqlite does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 47
  | Customer.objects.annotate(c=Lower("country")).distinct("c").order_by("c", "id").values_list("c", "id")
  |                                               ^^^^^^^^

[postgresql]
SELECT DISTINCT ON (LOWER("shop_customer"."country")) LOWER("shop_customer"."country") AS "c", "shop_customer"."id"
FROM "shop_customer"
ORDER BY "c" ASC, "shop_customer"."id" ASC
params: []

[mysql]
error[unsupported]: mysql does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 47
  | Customer.objects.annotate(c=Lower("country")).distinct("c").order_by("c", "id").values_list("c", "id")
  |                                               ^^^^^^^^

[oracle]
error[unsupported]: oracle does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 47
  | Customer.objects.annotate(c=Lower("country")).distinct("c").order_by("c", "id").values_list("c", "id")
  |                                               ^^^^^^^^
