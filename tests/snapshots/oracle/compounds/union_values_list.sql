-- Product.objects.filter(id__lt=3).values_list("id", "name").union(Product.objects.filter(id__gt=30).values_list("id", "name")).order_by("-id")[:5]
(SELECT "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."NAME" FROM "SHOP_PRODUCT" WHERE "SHOP_PRODUCT"."ID" < :1) UNION (SELECT "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."NAME" FROM "SHOP_PRODUCT" WHERE "SHOP_PRODUCT"."ID" > :2) ORDER BY 1 DESC FETCH FIRST 5 ROWS ONLY
-- params: [3, 30]
