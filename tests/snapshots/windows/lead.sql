query: Product.objects.annotate(nxt=Window(Lead("stock"), partition_by="category", order_by=F("id").asc())).values_list("id", "nxt")

[sqlite]
SELECT "shop_product"."id", LEAD("shop_product"."stock") OVER (PARTITION BY "shop_product"."category_id" ORDER BY "shop_product"."id" ASC) AS "nxt"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", LEAD("shop_product"."stock") OVER (PARTITION BY "shop_product"."category_id" ORDER BY "shop_product"."id" ASC) AS "nxt"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, LEAD(`shop_product`.`stock`) OVER (PARTITION BY `shop_product`.`category_id` ORDER BY `shop_product`.`id` ASC) AS `nxt`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", LEAD("SHOP_PRODUCT"."STOCK") OVER (PARTITION BY "SHOP_PRODUCT"."CATEGORY_ID" ORDER BY "SHOP_PRODUCT"."ID" ASC) AS "NXT"
FROM "SHOP_PRODUCT"
params: []
