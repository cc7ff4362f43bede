-- Product.objects.filter(id__lt=3).union(Product.objects.filter(id__gt=30)).values_list("name", flat=True).order_by("name")
(SELECT "SHOP_PRODUCT"."NAME" FROM "SHOP_PRODUCT" WHERE "SHOP_PRODUCT"."ID" < :1) UNION (SELECT "SHOP_PRODUCT"."NAME" FROM "SHOP_PRODUCT" WHERE "SHOP_PRODUCT"."ID" > :2) ORDER BY 1 ASC
-- params: [3, 30]
