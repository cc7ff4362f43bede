-- Product.objects.values_list("id", "price", "weight")
SELECT "shop_product"."id", "shop_product"."price", "shop_product"."weight" FROM "shop_product"
-- params: []
