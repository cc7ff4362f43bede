-- Product.objects.filter(Q(Q(stock=0) | Q(stock__lt=0)) & ~Q(active=False))
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created" FROM "shop_product" WHERE (("shop_product"."stock" = $1 OR "shop_product"."stock" < $2) AND NOT ("shop_product"."active" = $3))
-- params: [0, 0, false]
