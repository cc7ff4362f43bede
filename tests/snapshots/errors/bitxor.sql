query: Product.objects.annotate(x=F("stock").bitxor(3))

[sqlite]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created", BITXOR("shop_product"."stock", ?) AS "x"
FROM "shop_product"
params: [3]

[postgresql]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created", ("shop_product"."stock" # $1) AS "x" FROM "shop_product"
params: [3]

[mysql]
SELECT `shop_product`.`id`, `shop_product`.`name`, `shop_product`.`sku`, `shop_product`.`description`, `shop_product`.`category_id`, `shop_product`.`price`, `shop_product`.`cost`, `shop_product`.`weight`, `shop_product`.`stock`, `shop_product`.`active`, `shop_product`.`released`, `shop_product`.`created`, CONVERT((`shop_product`.`stock` ^ ?), SIGNED) AS `x`
FROM `shop_product`
params: [3]

[oracle]
error[unsupported]: oracle does not support the operator bitxor()
 --> line 1, column 28
  | Product.objects.annotate(x=F("stock").bitxor(3))
  |                            ^^^^^^^^^^^^^^^^^^^^
