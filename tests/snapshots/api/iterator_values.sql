query: Product.objects.values_list("name", flat=True).order_by("name").iterator()

[sqlite]
SELECT "shop_product"."name"
FROM "shop_product"
ORDER BY "shop_product"."name" ASC
params: []

[postgresql]
SELECT "shop_product"."name"
FROM "shop_product"
ORDER BY "shop_product"."name" ASC
params: []

[mysql]
SELECT `shop_product`.`name`
FROM `shop_product`
ORDER BY `shop_product`.`name` ASC
params: []

[oracle]
SELECT "SHOP_PRODUCT"."NAME"
FROM "SHOP_PRODUCT"
ORDER BY "SHOP_PRODUCT"."NAME" ASC
params: []
