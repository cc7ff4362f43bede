-- Tag.objects.filter(id__lt=3).union(Tag.objects.filter(id__gt=8)).order_by("id").reverse()
(SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT" FROM "SHOP_TAG" WHERE "SHOP_TAG"."ID" < :1) UNION (SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT" FROM "SHOP_TAG" WHERE "SHOP_TAG"."ID" > :2) ORDER BY 1 DESC
-- params: [3, 8]
