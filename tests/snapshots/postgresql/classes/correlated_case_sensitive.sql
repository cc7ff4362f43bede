-- Customer.objects.annotate(same=Exists(Customer.objects.filter(city=OuterRef("city")).exclude(pk=OuterRef("pk")))).values_list("id", "same")
SELECT "shop_customer"."id", EXISTS(SELECT 1 AS "a" FROM "shop_customer" "U0" WHERE ("U0"."city" = "shop_customer"."city" AND NOT ("U0"."id" = "shop_customer"."id"))) AS "same" FROM "shop_customer"
-- params: []
