query: Product.objects.bulk_update([Product(id=1, stock=3, price=Decimal("1.50")), Product(id=2, stock=F("stock") - 1, price=Decimal("2.00"))], ["stock", "price"])

[sqlite]
UPDATE "shop_product"
SET "stock" = CASE WHEN "shop_product"."id" = ? THEN ? WHEN "shop_product"."id" = ? THEN ("shop_product"."stock" - ?) END, "price" = CASE WHEN "shop_product"."id" = ? THEN CAST(? AS NUMERIC) WHEN "shop_product"."id" = ? THEN CAST(? AS NUMERIC) END
WHERE "shop_product"."id" IN (?, ?)
params: [1, 3, 2, 1, 1, Decimal("1.50"), 2, Decimal("2.00"), 1, 2]

[postgresql]
UPDATE "shop_product"
SET "stock" = CASE WHEN "shop_product"."id" = $1 THEN CAST($2 AS integer) WHEN "shop_product"."id" = $3 THEN ("shop_product"."stock" - $4) END, "price" = CASE WHEN "shop_product"."id" = $5 THEN CAST($6 AS numeric) WHEN "shop_product"."id" = $7 THEN CAST($8 AS numeric) END
WHERE "shop_product"."id" IN ($9, $10)
params: [1, 3, 2, 1, 1, Decimal("1.50"), 2, Decimal("2.00"), 1, 2]

[mysql]
UPDATE `shop_product`
SET `stock` = CASE WHEN `shop_product`.`id` = ? THEN ? WHEN `shop_product`.`id` = ? THEN (`shop_product`.`stock` - ?) END, `price` = CASE WHEN `shop_product`.`id` = ? THEN ? WHEN `shop_product`.`id` = ? THEN ? END
WHERE `shop_product`.`id` IN (?, ?)
params: [1, 3, 2, 1, 1, Decimal("1.50"), 2, Decimal("2.00"), 1, 2]

[oracle]
UPDATE "SHOP_PRODUCT"
SET "STOCK" = CASE WHEN "SHOP_PRODUCT"."ID" = :1 THEN :2 WHEN "SHOP_PRODUCT"."ID" = :3 THEN ("SHOP_PRODUCT"."STOCK" - :4) END, "PRICE" = CASE WHEN "SHOP_PRODUCT"."ID" = :5 THEN :6 WHEN "SHOP_PRODUCT"."ID" = :7 THEN :8 END
WHERE "SHOP_PRODUCT"."ID" IN (:9, :10)
params: [1, 3, 2, 1, 1, Decimal("1.50"), 2, Decimal("2.00"), 1, 2]
