query: Product.objects.filter(stock__gte=0).annotate(l=F("stock").bitleftshift(2), r=F("stock").bitrightshift(1)).values_list("id", "l", "r")

[sqlite]
SELECT "shop_product"."id", ("shop_product"."stock" << ?) AS "l", ("shop_product"."stock" >> ?) AS "r"
FROM "shop_product"
WHERE "shop_product"."stock" >= ?
params: [2, 1, 0]

[postgresql]
SELECT "shop_product"."id", ("shop_product"."stock" << $1) AS "l", ("shop_product"."stock" >> $2) AS "r"
FROM "shop_product"
WHERE "shop_product"."stock" >= $3
params: [2, 1, 0]

[mysql]
SELECT `shop_product`.`id`, CONVERT((`shop_product`.`stock` << ?), SIGNED) AS `l`, FLOOR(`shop_product`.`stock` / POWER(2, ?)) AS `r`
FROM `shop_product`
WHERE `shop_product`.`stock` >= ?
params: [2, 1, 0]

[oracle]
SELECT "SHOP_PRODUCT"."ID", ("SHOP_PRODUCT"."STOCK" * POWER(2, :1)) AS "L", FLOOR("SHOP_PRODUCT"."STOCK" / POWER(2, :2)) AS "R"
FROM "SHOP_PRODUCT"
WHERE "SHOP_PRODUCT"."STOCK" >= :3
params: [2, 1, 0]
