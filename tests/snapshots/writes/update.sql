query: Product.objects.filter(stock__lt=5).update(stock=F("stock") + 10)

[sqlite]
UPDATE "shop_product"
SET "stock" = ("shop_product"."stock" + ?)
WHERE "shop_product"."stock" < ?
params: [10, 5]

[postgresql]
UPDATE "shop_product"
SET "stock" = ("shop_product"."stock" + $1)
WHERE "shop_product"."stock" < $2
params: [10, 5]

[mysql]
UPDATE `shop_product`
SET `stock` = (`shop_product`.`stock` + ?)
WHERE `shop_product`.`stock` < ?
params: [10, 5]

[oracle]
UPDATE "SHOP_PRODUCT"
SET "STOCK" = ("SHOP_PRODUCT"."STOCK" + :1)
WHERE "SHOP_PRODUCT"."STOCK" < :2
params: [10, 5]
