query: Product.objects.filter(released__iso_week_day=1).values_list("id", flat=True)

[sqlite]
SELECT "shop_product"."id"
FROM "shop_product"
WHERE (((CAST(strftime('%w', "shop_product"."released") AS INTEGER) + 6) % 7) + 1) = ?
params: [1]

[postgresql]
SELECT "shop_product"."id"
FROM "shop_product"
WHERE EXTRACT(ISODOW FROM "shop_product"."released") = $1
params: [1]

[mysql]
SELECT `shop_product`.`id`
FROM `shop_product`
WHERE (WEEKDAY(`shop_product`.`released`) + 1) = ?
params: [1]

[oracle]
SELECT "SHOP_PRODUCT"."ID"
FROM "SHOP_PRODUCT"
WHERE ((TRUNC("SHOP_PRODUCT"."RELEASED") - TRUNC("SHOP_PRODUCT"."RELEASED", 'IW')) + 1) = :1
params: [1]
