-- Tag.objects.in_bulk(["red", "blue"], field_name="name")
SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT" FROM "SHOP_TAG" WHERE "SHOP_TAG"."NAME" IN (:1, :2)
-- params: ["red", "blue"]
