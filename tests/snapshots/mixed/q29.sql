query: Product.objects.filter(category__name__in=["Phones", "Laptops"]).aggregate(Sum("stock"))

[sqlite]
SELECT SUM("shop_product"."stock") AS "stock__sum"
FROM "shop_product"
INNER JOIN "shop_categories" ON ("shop_product"."category_id" = "shop_categories"."id")
WHERE "shop_categories"."name" IN (?, ?)
params: ["Phones", "Laptops"]

[postgresql]
SELECT SUM("shop_product"."stock") AS "stock__sum"
FROM "shop_product"
INNER JOIN "shop_categories" ON ("shop_product"."category_id" = "shop_categories"."id")
WHERE "shop_categories"."name" IN ($1, $2)
params: ["Phones", "Laptops"]

[mysql]
SELECT SUM(`shop_product`.`stock`) AS `stock__sum`
FROM `shop_product`
INNER JOIN `shop_categories` ON (`shop_product`.`category_id` = `shop_categories`.`id`)
WHERE `shop_categories`.`name` IN (BINARY ?, BINARY ?)
params: ["Phones", "Laptops"]

[oracle]
SELECT SUM("SHOP_PRODUCT"."STOCK") AS "STOCK__SUM"
FROM "SHOP_PRODUCT"
INNER JOIN "SHOP_CATEGORIES" ON ("SHOP_PRODUCT"."CATEGORY_ID" = "SHOP_CATEGORIES"."ID")
WHERE "SHOP_CATEGORIES"."NAME" IN (:1, :2)
params: ["Phones", "Laptops"]
