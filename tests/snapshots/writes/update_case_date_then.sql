query: Product.objects.update(released=Case(When(stock__lt=5, then=date(2020, 1, 1)), When(stock__gt=50, then=date(2021, 6, 30))))

[sqlite]
UPDATE "shop_product"
SET "released" = CASE WHEN "shop_product"."stock" < ? THEN ? WHEN "shop_product"."stock" > ? THEN ? ELSE NULL END
params: [5, date(2020, 1, 1), 50, date(2021, 6, 30)]

[postgresql]
UPDATE "shop_product"
SET "released" = CASE WHEN "shop_product"."stock" < $1 THEN CAST($2 AS date) WHEN "shop_product"."stock" > $3 THEN CAST($4 AS date) ELSE NULL END
params: [5, date(2020, 1, 1), 50, date(2021, 6, 30)]

[mysql]
UPDATE `shop_product`
SET `released` = CASE WHEN `shop_product`.`stock` < ? THEN ? WHEN `shop_product`.`stock` > ? THEN ? ELSE NULL END
params: [5, date(2020, 1, 1), 50, date(2021, 6, 30)]

[oracle]
UPDATE "SHOP_PRODUCT"
SET "RELEASED" = CASE WHEN "SHOP_PRODUCT"."STOCK" < :1 THEN :2 WHEN "SHOP_PRODUCT"."STOCK" > :3 THEN :4 ELSE NULL END
params: [5, date(2020, 1, 1), 50, date(2021, 6, 30)]
