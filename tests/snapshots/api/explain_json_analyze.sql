query: Product.objects.filter(category__name="Phones").explain(format="json", analyze=True)

[sqlite]
error[bad_argument]: JSON is not a recognized format
 --> line 1, column 64
  | Product.objects.filter(category__name="Phones").explain(format="json", analyze=True)
  |                                                                ^^^^^^

[postgresql]
EXPLAIN (ANALYZE true, FORMAT JSON)
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
INNER JOIN "shop_categories" ON ("shop_product"."category_id" = "shop_categories"."id")
WHERE "shop_categories"."name" = $1
params: ["Phones"]

[mysql]
ANALYZE FORMAT=JSON
SELECT `shop_product`.`id`, `shop_product`.`name`, `shop_product`.`sku`, `shop_product`.`description`, `shop_product`.`category_id`, `shop_product`.`price`, `shop_product`.`cost`, `shop_product`.`weight`, `shop_product`.`stock`, `shop_product`.`active`, `shop_product`.`released`, `shop_product`.`created`
FROM `shop_product`
INNER JOIN `shop_categories` ON (`shop_product`.`category_id` = `shop_categories`.`id`)
WHERE `shop_categories`.`name` = BINARY ?
params: ["Phones"]

[oracle]
error[unsupported]: oracle does not support explain()
 --> line 1, column 49
  | Product.objects.filter(category__name="Phones").explain(format="json", analyze=True)
  |                                                 ^^^^^^^
