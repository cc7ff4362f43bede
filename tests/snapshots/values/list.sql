query: Product.objects.values_list("id", "price", "weight")

[sqlite]
SELECT "shop_product"."id", "shop_product"."price", "shop_product"."weight"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", "shop_product"."price", "shop_product"."weight"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, `shop_product`.`price`, `shop_product`.`weight`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."WEIGHT"
FROM "SHOP_PRODUCT"
params: []
