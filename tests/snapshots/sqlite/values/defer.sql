-- Customer.objects.defer("notes", "email")
SELECT "shop_customer"."id", "shop_customer"."name", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login" FROM "shop_customer"
-- params: []
