-- Product.objects.bulk_update([Product(id=1, stock=3, price=Decimal("1.50")), Product(id=2, stock=F("stock") - 1, price=Decimal("2.00"))], ["stock", "price"])
UPDATE "shop_product" SET "stock" = CASE WHEN "shop_product"."id" = $1 THEN CAST($2 AS integer) WHEN "shop_product"."id" = $3 THEN ("shop_product"."stock" - $4) END, "price" = CASE WHEN "shop_product"."id" = $5 THEN CAST($6 AS numeric) WHEN "shop_product"."id" = $7 THEN CAST($8 AS numeric) END WHERE "shop_product"."id" IN ($9, $10)
-- params: [1, 3, 2, 1, 1, "1.50", 2, "2.00", 1, 2]
