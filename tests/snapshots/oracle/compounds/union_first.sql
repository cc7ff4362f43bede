-- Tag.objects.filter(id__gt=3).union(Tag.objects.filter(id__lt=2)).first()
(SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT" FROM "SHOP_TAG" WHERE "SHOP_TAG"."ID" > :1) UNION (SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT" FROM "SHOP_TAG" WHERE "SHOP_TAG"."ID" < :2) ORDER BY 1 ASC FETCH FIRST 1 ROWS ONLY
-- params: [3, 2]
