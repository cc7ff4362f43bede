query: Product.objects.order_by("-price")[:5].values("name", "price")

[sqlite]
SELECT "shop_product"."name", "shop_product"."price"
FROM "shop_product"
ORDER BY "shop_product"."price" DESC
LIMIT 5
params: []

[postgresql]
SELECT "shop_product"."name", "shop_product"."price"
FROM "shop_product"
ORDER BY "shop_product"."price" DESC
LIMIT 5
params: []

[mysql]
SELECT `shop_product`.`name`, `shop_product`.`price`
FROM `shop_product`
ORDER BY `shop_product`.`price` DESC
LIMIT 5
params: []

[oracle]
SELECT "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."PRICE"
FROM "SHOP_PRODUCT"
ORDER BY "SHOP_PRODUCT"."PRICE" DESC
FETCH FIRST 5 ROWS ONLY
params: []
