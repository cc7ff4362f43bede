query: Product.objects.annotate(r=Window(Rank(), order_by=(F("price") * F("stock")).desc())).values_list("id", "r")

[sqlite]
SELECT "shop_product"."id", RANK() OVER (ORDER BY ("shop_product"."price" * "shop_product"."stock") DESC) AS "r"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", RANK() OVER (ORDER BY ("shop_product"."price" * "shop_product"."stock") DESC) AS "r"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, RANK() OVER (ORDER BY (`shop_product`.`price` * `shop_product`.`stock`) DESC) AS `r`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", RANK() OVER (ORDER BY ("SHOP_PRODUCT"."PRICE" * "SHOP_PRODUCT"."STOCK") DESC) AS "R"
FROM "SHOP_PRODUCT"
params: []
