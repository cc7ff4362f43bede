query: Product.objects.annotate(x=Cast("active", output_field=IntegerField())).filter(x=1).values_list("id", flat=True)

[sqlite]
SELECT "shop_product"."id"
FROM "shop_product"
WHERE CAST("shop_product"."active" AS integer) = ?
params: [1]

[postgresql]
SELECT "shop_product"."id"
FROM "shop_product"
WHERE CAST("shop_product"."active" AS integer) = $1
params: [1]

[mysql]
SELECT `shop_product`.`id`
FROM `shop_product`
WHERE CAST(`shop_product`.`active` AS signed integer) = ?
params: [1]

[oracle]
SELECT "SHOP_PRODUCT"."ID"
FROM "SHOP_PRODUCT"
WHERE CAST("SHOP_PRODUCT"."ACTIVE" AS NUMBER(11)) = :1
params: [1]
