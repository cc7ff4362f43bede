query: Product.objects.filter(stock__gt=0).order_by("name").explain()

[sqlite]
EXPLAIN QUERY PLAN
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
WHERE "shop_product"."stock" > ?
ORDER BY "shop_product"."name" ASC
params: [0]

[postgresql]
EXPLAIN
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
WHERE "shop_product"."stock" > $1
ORDER BY "shop_product"."name" ASC
params: [0]

[mysql]
EXPLAIN
SELECT `shop_product`.`id`, `shop_product`.`name`, `shop_product`.`sku`, `shop_product`.`description`, `shop_product`.`category_id`, `shop_product`.`price`, `shop_product`.`cost`, `shop_product`.`weight`, `shop_product`.`stock`, `shop_product`.`active`, `shop_product`.`released`, `shop_product`.`created`
FROM `shop_product`
WHERE `shop_product`.`stock` > ?
ORDER BY `shop_product`.`name` ASC
params: [0]

[oracle]
error[unsupported]: oracle does not support explain()
 --> line 1, column 54
  | Product.objects.filter(stock__gt=0).order_by("name").explain()
  |                                                      ^^^^^^^
