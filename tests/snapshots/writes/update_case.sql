query: Product.objects.update(stock=Case(When(stock__lt=0, then=Value(0)), default=F("stock")))

[sqlite]
UPDATE "shop_product"
SET "stock" = CASE WHEN "shop_product"."stock" < ? THEN ? ELSE "shop_product"."stock" END
params: [0, 0]

[postgresql]
UPDATE "shop_product"
SET "stock" = CASE WHEN "shop_product"."stock" < $1 THEN $2 ELSE "shop_product"."stock" END
params: [0, 0]

[mysql]
UPDATE `shop_product`
SET `stock` = CASE WHEN `shop_product`.`stock` < ? THEN ? ELSE `shop_product`.`stock` END
params: [0, 0]

[oracle]
UPDATE "SHOP_PRODUCT"
SET "STOCK" = CASE WHEN "SHOP_PRODUCT"."STOCK" < :1 THEN :2 ELSE "SHOP_PRODUCT"."STOCK" END
params: [0, 0]
