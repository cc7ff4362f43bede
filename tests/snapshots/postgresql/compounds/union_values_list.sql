-- Product.objects.filter(id__lt=3).values_list("id", "name").union(Product.objects.filter(id__gt=30).values_list("id", "name")).order_by("-id")[:5]
(SELECT "shop_product"."id", "shop_product"."name" FROM "shop_product" WHERE "shop_product"."id" < $1) UNION (SELECT "shop_product"."id", "shop_product"."name" FROM "shop_product" WHERE "shop_product"."id" > $2) ORDER BY 1 DESC LIMIT 5
-- params: [3, 30]
