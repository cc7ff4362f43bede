-- Product.objects.filter(~Exists(Review.objects.filter(product=OuterRef("pk"))))
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created" FROM "shop_product" WHERE NOT (EXISTS(SELECT 1 AS "a" FROM "shop_review" "U0" WHERE "U0"."product_id" = "shop_product"."id"))
-- params: []
