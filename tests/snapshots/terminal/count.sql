query: Product.objects.count()

[sqlite]
SELECT COUNT(*) AS "__count"
FROM "shop_product"
params: []

[postgresql]
SELECT COUNT(*) AS "__count"
FROM "shop_product"
params: []

[mysql]
SELECT COUNT(*) AS `__count`
FROM `shop_product`
params: []

[oracle]
SELECT COUNT(*) AS "__COUNT"
FROM "SHOP_PRODUCT"
params: []
