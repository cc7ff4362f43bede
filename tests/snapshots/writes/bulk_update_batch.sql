query: Product.objects.bulk_update([Product(id=1, stock=3), Product(id=2, stock=4), Product(id=3, stock=5)], ["stock"], batch_size=2)

[sqlite]
UPDATE "shop_product"
SET "stock" = CASE WHEN "shop_product"."id" = ? THEN ? WHEN "shop_product"."id" = ? THEN ? END
WHERE "shop_product"."id" IN (?, ?)
params: [1, 3, 2, 4, 1, 2]

UPDATE "shop_product"
SET "stock" = CASE WHEN "shop_product"."id" = ? THEN ? END
WHERE "shop_product"."id" IN (?)
params: [3, 5, 3]

[postgresql]
UPDATE "shop_product"
SET "stock" = CASE WHEN "shop_product"."id" = $1 THEN CAST($2 AS integer) WHEN "shop_product"."id" = $3 THEN CAST($4 AS integer) END
WHERE "shop_product"."id" IN ($5, $6)
params: [1, 3, 2, 4, 1, 2]

UPDATE "shop_product"
SET "stock" = CASE WHEN "shop_product"."id" = $1 THEN CAST($2 AS integer) END
WHERE "shop_product"."id" IN ($3)
params: [3, 5, 3]

[mysql]
UPDATE `shop_product`
SET `stock` = CASE WHEN `shop_product`.`id` = ? THEN ? WHEN `shop_product`.`id` = ? THEN ? END
WHERE `shop_product`.`id` IN (?, ?)
params: [1, 3, 2, 4, 1, 2]

UPDATE `shop_product`
SET `stock` = CASE WHEN `shop_product`.`id` = ? THEN ? END
WHERE `shop_product`.`id` IN (?)
params: [3, 5, 3]

[oracle]
UPDATE "SHOP_PRODUCT"
SET "STOCK" = CASE WHEN "SHOP_PRODUCT"."ID" = :1 THEN :2 WHEN "SHOP_PRODUCT"."ID" = :3 THEN :4 END
WHERE "SHOP_PRODUCT"."ID" IN (:5, :6)
params: [1, 3, 2, 4, 1, 2]

UPDATE "SHOP_PRODUCT"
SET "STOCK" = CASE WHEN "SHOP_PRODUCT"."ID" = :1 THEN :2 END
WHERE "SHOP_PRODUCT"."ID" IN (:3)
params: [3, 5, 3]
