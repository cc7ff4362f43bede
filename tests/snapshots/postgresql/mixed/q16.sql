-- Product.objects.order_by("-price")[:5].values("name", "price")
SELECT "shop_product"."name", "shop_product"."price" FROM "shop_product" ORDER BY "shop_product"."price" DESC LIMIT 5
-- params: []
