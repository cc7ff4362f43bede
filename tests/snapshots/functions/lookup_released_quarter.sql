query: Product.objects.filter(released__quarter__in=[1, 4]).values_list("id", flat=True)

[sqlite]
SELECT "shop_product"."id"
FROM "shop_product"
WHERE ((CAST(strftime('%m', "shop_product"."released") AS INTEGER) + 2) / 3) IN (?, ?)
params: [1, 4]

[postgresql]
SELECT "shop_product"."id"
FROM "shop_product"
WHERE EXTRACT(QUARTER FROM "shop_product"."released") IN ($1, $2)
params: [1, 4]

[mysql]
SELECT `shop_product`.`id`
FROM `shop_product`
WHERE EXTRACT(QUARTER FROM `shop_product`.`released`) IN (?, ?)
params: [1, 4]

[oracle]
SELECT "SHOP_PRODUCT"."ID"
FROM "SHOP_PRODUCT"
WHERE TO_NUMBER(TO_CHAR("SHOP_PRODUCT"."RELEASED", 'Q')) IN (:1, :2)
params: [1, 4]
