query: Product.objects.aggregate(Count("id"))

[sqlite]
SELECT COUNT("shop_product"."id") AS "id__count"
FROM "shop_product"
params: []

[postgresql]
SELECT COUNT("shop_product"."id") AS "id__count"
FROM "shop_product"
params: []

[mysql]
SELECT COUNT(`shop_product`.`id`) AS `id__count`
FROM `shop_product`
params: []

[oracle]
SELECT COUNT("SHOP_PRODUCT"."ID") AS "ID__COUNT"
FROM "SHOP_PRODUCT"
params: []
