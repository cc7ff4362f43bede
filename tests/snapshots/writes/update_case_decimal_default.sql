query: Product.objects.update(cost=Case(When(stock__lt=5, then=Decimal("1.10")), default=Decimal("2.25")))

[sqlite]
UPDATE "shop_product"
SET "cost" = CASE WHEN "shop_product"."stock" < ? THEN CAST(? AS NUMERIC) ELSE CAST(? AS NUMERIC) END
params: [5, Decimal("1.10"), Decimal("2.25")]

[postgresql]
UPDATE "shop_product"
SET "cost" = CASE WHEN "shop_product"."stock" < $1 THEN CAST($2 AS numeric) ELSE CAST($3 AS numeric) END
params: [5, Decimal("1.10"), Decimal("2.25")]

[mysql]
UPDATE `shop_product`
SET `cost` = CASE WHEN `shop_product`.`stock` < ? THEN ? ELSE ? END
params: [5, Decimal("1.10"), Decimal("2.25")]

[oracle]
UPDATE "SHOP_PRODUCT"
SET "COST" = CASE WHEN "SHOP_PRODUCT"."STOCK" < :1 THEN :2 ELSE :3 END
params: [5, Decimal("1.10"), Decimal("2.25")]
