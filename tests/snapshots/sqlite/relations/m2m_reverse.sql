-- Tag.objects.filter(products__price__gt=500).distinct()
SELECT DISTINCT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight" FROM "shop_tag" INNER JOIN "shop_product_tags" ON ("shop_tag"."id" = "shop_product_tags"."tag_id") INNER JOIN "shop_product" ON ("shop_product_tags"."product_id" = "shop_product"."id") WHERE "shop_product"."price" > ?
-- params: [500]
