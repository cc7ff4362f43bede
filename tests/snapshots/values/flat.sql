query: Product.objects.values_list("sku", flat=True)

[sqlite]
SELECT "shop_product"."sku"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."sku"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`sku`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."SKU"
FROM "SHOP_PRODUCT"
params: []
