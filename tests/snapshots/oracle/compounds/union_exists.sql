-- Tag.objects.filter(id=1).union(Tag.objects.filter(id=2)).exists()
(SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT" FROM "SHOP_TAG" WHERE "SHOP_TAG"."ID" = :1) UNION (SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT" FROM "SHOP_TAG" WHERE "SHOP_TAG"."ID" = :2) FETCH FIRST 1 ROWS ONLY
-- params: [1, 2]
