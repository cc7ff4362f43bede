-- Product.objects.annotate(margin=F("price") - F("cost")).order_by("-margin")[:5]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created", ("shop_product"."price" - "shop_product"."cost") AS "margin" FROM "shop_product" ORDER BY "margin" DESC LIMIT 5
-- params: []
