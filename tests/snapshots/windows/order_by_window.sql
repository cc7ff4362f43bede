query: Product.objects.annotate(r=Window(RowNumber(), order_by=F("price").desc())).order_by("r").values_list("id", flat=True)

[sqlite]
SELECT "shop_product"."id"
FROM "shop_product"
ORDER BY ROW_NUMBER() OVER (ORDER BY "shop_product"."price" DESC) ASC
params: []

[postgresql]
SELECT "shop_product"."id"
FROM "shop_product"
ORDER BY ROW_NUMBER() OVER (ORDER BY "shop_product"."price" DESC) ASC
params: []

[mysql]
SELECT `shop_product`.`id`
FROM `shop_product`
ORDER BY ROW_NUMBER() OVER (ORDER BY `shop_product`.`price` DESC) ASC
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID"
FROM "SHOP_PRODUCT"
ORDER BY ROW_NUMBER() OVER (ORDER BY "SHOP_PRODUCT"."PRICE" DESC) ASC
params: []
