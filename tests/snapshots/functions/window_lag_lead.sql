query: Product.objects.annotate(a=Window(Lag("stock"), order_by=F("id").asc()), b=Window(Lead("stock", 2), order_by=F("id").asc()), r=Window(RowNumber(), order_by=F("id").desc())).values_list("id", "a", "b", "r")

[sqlite]
SELECT "shop_product"."id", LAG("shop_product"."stock") OVER (ORDER BY "shop_product"."id" ASC) AS "a", LEAD("shop_product"."stock", 2) OVER (ORDER BY "shop_product"."id" ASC) AS "b", ROW_NUMBER() OVER (ORDER BY "shop_product"."id" DESC) AS "r"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", LAG("shop_product"."stock") OVER (ORDER BY "shop_product"."id" ASC) AS "a", LEAD("shop_product"."stock", 2) OVER (ORDER BY "shop_product"."id" ASC) AS "b", ROW_NUMBER() OVER (ORDER BY "shop_product"."id" DESC) AS "r"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, LAG(`shop_product`.`stock`) OVER (ORDER BY `shop_product`.`id` ASC) AS `a`, LEAD(`shop_product`.`stock`, 2) OVER (ORDER BY `shop_product`.`id` ASC) AS `b`, ROW_NUMBER() OVER (ORDER BY `shop_product`.`id` DESC) AS `r`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", LAG("SHOP_PRODUCT"."STOCK") OVER (ORDER BY "SHOP_PRODUCT"."ID" ASC) AS "A", LEAD("SHOP_PRODUCT"."STOCK", 2) OVER (ORDER BY "SHOP_PRODUCT"."ID" ASC) AS "B", ROW_NUMBER() OVER (ORDER BY "SHOP_PRODUCT"."ID" DESC) AS "R"
FROM "SHOP_PRODUCT"
params: []
