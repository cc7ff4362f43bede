-- Product.objects.filter(price__lt=100).order_by("price").first()
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created" FROM "shop_product" WHERE "shop_product"."price" < $1 ORDER BY "shop_product"."price" ASC LIMIT 1
-- params: [100]
