query: Product.objects.annotate(r=Random()).filter(r__lt=1, r__gte=0).values_list("id", flat=True)

[sqlite]
SELECT "shop_product"."id"
FROM "shop_product"
WHERE (RAND() < ? AND RAND() >= ?)
params: [1, 0]

[postgresql]
SELECT "shop_product"."id"
FROM "shop_product"
WHERE (RANDOM() < $1 AND RANDOM() >= $2)
params: [1, 0]

[mysql]
SELECT `shop_product`.`id`
FROM `shop_product`
WHERE (RAND() < ? AND RAND() >= ?)
params: [1, 0]

[oracle]
SELECT "SHOP_PRODUCT"."ID"
FROM "SHOP_PRODUCT"
WHERE (DBMS_RANDOM.VALUE < :1 AND DBMS_RANDOM.VALUE >= :2)
params: [1, 0]
