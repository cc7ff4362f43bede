-- Product.objects.filter(category__name="Phones").update(active=False, cost=None)
UPDATE "shop_product" SET "active" = $1, "cost" = NULL WHERE "shop_product"."id" IN (SELECT "U0"."id" FROM "shop_product" "U0" INNER JOIN "shop_categories" "U1" ON ("U0"."category_id" = "U1"."id") WHERE "U1"."name" = $2)
-- params: [false, "Phones"]
