query: Product.objects.annotate(f=Value(1, IntegerField())).values_list("id", "f")

[sqlite]
SELECT "shop_product"."id", ? AS "f"
FROM "shop_product"
params: [1]

[postgresql]
SELECT "shop_product"."id", $1 AS "f"
FROM "shop_product"
params: [1]

[mysql]
SELECT `shop_product`.`id`, ? AS `f`
FROM `shop_product`
params: [1]

[oracle]
SELECT "SHOP_PRODUCT"."ID", :1 AS "F"
FROM "SHOP_PRODUCT"
params: [1]
