-- Tag.objects.order_by("?")
SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT" FROM "SHOP_TAG" ORDER BY DBMS_RANDOM.VALUE
-- params: []
