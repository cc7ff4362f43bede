query: Product.objects.annotate(half=F("stock") / 2).values_list("id", "half")

[sqlite]
SELECT "shop_product"."id", ("shop_product"."stock" / ?) AS "half"
FROM "shop_product"
params: [2]

[postgresql]
SELECT "shop_product"."id", ("shop_product"."stock" / $1) AS "half"
FROM "shop_product"
params: [2]

[mysql]
SELECT `shop_product`.`id`, (`shop_product`.`stock` DIV ?) AS `half`
FROM `shop_product`
params: [2]

[oracle]
SELECT "SHOP_PRODUCT"."ID", TRUNC("SHOP_PRODUCT"."STOCK" / :1) AS "HALF"
FROM "SHOP_PRODUCT"
params: [2]
