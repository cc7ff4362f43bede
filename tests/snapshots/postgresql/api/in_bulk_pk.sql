-- Product.objects.in_bulk([1, 2, 3])
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created" FROM "shop_product" WHERE "shop_product"."id" IN ($1, $2, $3)
-- params: [1, 2, 3]
