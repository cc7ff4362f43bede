-- Tag.objects.filter(id=1).union(Tag.objects.none()).order_by("id")
(SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT" FROM "SHOP_TAG" WHERE "SHOP_TAG"."ID" = :1) ORDER BY 1 ASC
-- params: [1]
