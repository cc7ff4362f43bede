-- Customer.objects.annotate(u=Upper("city"), n=Length("name")).values_list("id", "u", "n")
SELECT "shop_customer"."id", UPPER("shop_customer"."city") AS "u", LENGTH("shop_customer"."name") AS "n" FROM "shop_customer"
-- params: []
