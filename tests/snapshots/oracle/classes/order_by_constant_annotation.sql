-- Customer.objects.annotate(k=Value(1)).order_by("k", "id").values_list("id", "k")
SELECT "SHOP_CUSTOMER"."ID", :1 AS "K" FROM "SHOP_CUSTOMER" ORDER BY "K" ASC, "SHOP_CUSTOMER"."ID" ASC
-- params: [1]
