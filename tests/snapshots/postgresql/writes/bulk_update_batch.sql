-- Product.objects.bulk_update([Product(id=1, stock=3), Product(id=2, stock=4), Product(id=3, stock=5)], ["stock"], batch_size=2)
UPDATE "shop_product" SET "stock" = CASE WHEN "shop_product"."id" = $1 THEN CAST($2 AS integer) WHEN "shop_product"."id" = $3 THEN CAST($4 AS integer) END WHERE "shop_product"."id" IN ($5, $6)
-- params: [1, 3, 2, 4, 1, 2]

UPDATE "shop_product" SET "stock" = CASE WHEN "shop_product"."id" = $1 THEN CAST($2 AS integer) END WHERE "shop_product"."id" IN ($3)
-- params: [3, 5, 3]
