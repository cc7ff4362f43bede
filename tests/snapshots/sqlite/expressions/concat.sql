-- Customer.objects.annotate(label=Concat("name", Value(" / "), "city")).values_list("id", "label")
SELECT "shop_customer"."id", COALESCE("shop_customer"."name", '') || COALESCE(?, '') || COALESCE("shop_customer"."city", '') AS "label" FROM "shop_customer"
-- params: [" / "]
