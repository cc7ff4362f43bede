query: Product.objects.annotate(s=Window(Count("id"), order_by=F("price").asc(), frame=ValueRange(start=0, end=None))).values_list("id", "s")

[sqlite]
SELECT "shop_product"."id", COUNT("shop_product"."id") OVER (ORDER BY "shop_product"."price" ASC RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS "s"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", COUNT("shop_product"."id") OVER (ORDER BY "shop_product"."price" ASC RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS "s"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, COUNT(`shop_product`.`id`) OVER (ORDER BY `shop_product`.`price` ASC RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS `s`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", COUNT("SHOP_PRODUCT"."ID") OVER (ORDER BY "SHOP_PRODUCT"."PRICE" ASC RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS "S"
FROM "SHOP_PRODUCT"
params: []
