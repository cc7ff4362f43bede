query: Product.objects.filter(cost__isnull=False).order_by(Greatest("price", "cost").desc(), "id").values_list("id", flat=True)

[sqlite]
SELECT "shop_product"."id"
FROM "shop_product"
WHERE "shop_product"."cost" IS NOT NULL
ORDER BY MAX("shop_product"."price", "shop_product"."cost") DESC, "shop_product"."id" ASC
params: []

[postgresql]
SELECT "shop_product"."id"
FROM "shop_product"
WHERE "shop_product"."cost" IS NOT NULL
ORDER BY GREATEST("shop_product"."price", "shop_product"."cost") DESC, "shop_product"."id" ASC
params: []

[mysql]
SELECT `shop_product`.`id`
FROM `shop_product`
WHERE `shop_product`.`cost` IS NOT NULL
ORDER BY GREATEST(`shop_product`.`price`, `shop_product`.`cost`) DESC, `shop_product`.`id` ASC
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID"
FROM "SHOP_PRODUCT"
WHERE "SHOP_PRODUCT"."COST" IS NOT NULL
ORDER BY GREATEST("SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST") DESC, "SHOP_PRODUCT"."ID" ASC
params: []
