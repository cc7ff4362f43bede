-- Tag.objects.filter(id__lt=5).intersection(Tag.objects.filter(id__gt=3)).order_by("id")
(SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT" FROM "SHOP_TAG" WHERE "SHOP_TAG"."ID" < :1) INTERSECT (SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT" FROM "SHOP_TAG" WHERE "SHOP_TAG"."ID" > :2) ORDER BY 1 ASC
-- params: [5, 3]
