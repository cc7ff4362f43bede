-- Customer.objects.only("name", "email")
SELECT "shop_customer"."id", "shop_customer"."name", "shop_customer"."email" FROM "shop_customer"
-- params: []
