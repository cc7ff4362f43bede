query: Product.objects.annotate(level=Case(When(stock__gt=10, then=Value("high")), When(stock__gt=0, then=Value("low")), default=Value("none"))).values_list("id", "level")

[sqlite]
SELECT "shop_product"."id", CASE WHEN "shop_product"."stock" > ? THEN ? WHEN "shop_product"."stock" > ? THEN ? ELSE ? END AS "level"
FROM "shop_product"
params: [10, "high", 0, "low", "none"]

[postgresql]
SELECT "shop_product"."id", CASE WHEN "shop_product"."stock" > $1 THEN $2 WHEN "shop_product"."stock" > $3 THEN $4 ELSE $5 END AS "level"
FROM "shop_product"
params: [10, "high", 0, "low", "none"]

[mysql]
SELECT `shop_product`.`id`, CASE WHEN `shop_product`.`stock` > ? THEN ? WHEN `shop_product`.`stock` > ? THEN ? ELSE ? END AS `level`
FROM `shop_product`
params: [10, "high", 0, "low", "none"]

[oracle]
SELECT "SHOP_PRODUCT"."ID", CASE WHEN "SHOP_PRODUCT"."STOCK" > :1 THEN :2 WHEN "SHOP_PRODUCT"."STOCK" > :3 THEN :4 ELSE :5 END AS "LEVEL"
FROM "SHOP_PRODUCT"
params: [10, "high", 0, "low", "none"]
