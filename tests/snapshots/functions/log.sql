query: Product.objects.filter(stock__gt=1).annotate(x=Log(2, "stock"), y=Log("stock", "weight")).filter(weight__gt=0).values_list("id", "x", "y")

[sqlite]
SELECT "shop_product"."id", LOG(?, "shop_product"."stock") AS "x", LOG("shop_product"."stock", "shop_product"."weight") AS "y"
FROM "shop_product"
WHERE ("shop_product"."stock" > ? AND "shop_product"."weight" > ?)
params: [2, 1, 0]

[postgresql]
SELECT "shop_product"."id", LOG($1, "shop_product"."stock") AS "x", LOG("shop_product"."stock", CAST("shop_product"."weight" AS numeric(1000, 15))) AS "y"
FROM "shop_product"
WHERE ("shop_product"."stock" > $2 AND "shop_product"."weight" > $3)
params: [2, 1, 0]

[mysql]
SELECT `shop_product`.`id`, LOG(?, `shop_product`.`stock`) AS `x`, LOG(`shop_product`.`stock`, `shop_product`.`weight`) AS `y`
FROM `shop_product`
WHERE (`shop_product`.`stock` > ? AND `shop_product`.`weight` > ?)
params: [2, 1, 0]

[oracle]
SELECT "SHOP_PRODUCT"."ID", LOG(:1, "SHOP_PRODUCT"."STOCK") AS "X", LOG("SHOP_PRODUCT"."STOCK", "SHOP_PRODUCT"."WEIGHT") AS "Y"
FROM "SHOP_PRODUCT"
WHERE ("SHOP_PRODUCT"."STOCK" > :2 AND "SHOP_PRODUCT"."WEIGHT" > :3)
params: [2, 1, 0]
