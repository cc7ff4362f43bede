query: Product.objects.filter(Q(id__in=[]) | Q(stock__lt=3)).update(stock=0)

[sqlite]
UPDATE "shop_product"
SET "stock" = ?
WHERE (1 = 0 OR "shop_product"."stock" < ?)
params: [0, 3]

[postgresql]
UPDATE "shop_product"
SET "stock" = $1
WHERE (1 = 0 OR "shop_product"."stock" < $2)
params: [0, 3]

[mysql]
UPDATE `shop_product`
SET `stock` = ?
WHERE (1 = 0 OR `shop_product`.`stock` < ?)
params: [0, 3]

[oracle]
UPDATE "SHOP_PRODUCT"
SET "STOCK" = :1
WHERE (1 = 0 OR "SHOP_PRODUCT"."STOCK" < :2)
params: [0, 3]
