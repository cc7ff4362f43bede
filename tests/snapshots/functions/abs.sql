query: Product.objects.annotate(a=Abs("stock"), b=Abs("price"), c=Abs("weight")).values_list("id", "a", "b", "c")

[sqlite]
SELECT "shop_product"."id", ABS("shop_product"."stock") AS "a", ABS("shop_product"."price") AS "b", ABS("shop_product"."weight") AS "c"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", ABS("shop_product"."stock") AS "a", ABS("shop_product"."price") AS "b", ABS("shop_product"."weight") AS "c"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, ABS(`shop_product`.`stock`) AS `a`, ABS(`shop_product`.`price`) AS `b`, ABS(`shop_product`.`weight`) AS `c`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", ABS("SHOP_PRODUCT"."STOCK") AS "A", ABS("SHOP_PRODUCT"."PRICE") AS "B", ABS("SHOP_PRODUCT"."WEIGHT") AS "C"
FROM "SHOP_PRODUCT"
params: []
