-- Product.objects.filter(category__name="Phones").update(active=False, cost=None)
UPDATE "SHOP_PRODUCT" SET "ACTIVE" = :1, "COST" = NULL WHERE "SHOP_PRODUCT"."ID" IN (SELECT "U0"."ID" FROM "SHOP_PRODUCT" "U0" INNER JOIN "SHOP_CATEGORIES" "U1" ON ("U0"."CATEGORY_ID" = "U1"."ID") WHERE "U1"."NAME" = :2)
-- params: [0, "Phones"]
