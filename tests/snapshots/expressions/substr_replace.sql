query: Product.objects.annotate(s=Substr("sku", 5), r=Replace("name", Value("Widget"), Value("Thing"))).values_list("id", "s", "r")

[sqlite]
SELECT "shop_product"."id", SUBSTR("shop_product"."sku", ?) AS "s", REPLACE("shop_product"."name", ?, ?) AS "r"
FROM "shop_product"
params: [5, "Widget", "Thing"]

[postgresql]
SELECT "shop_product"."id", SUBSTRING("shop_product"."sku", $1) AS "s", REPLACE("shop_product"."name", $2, $3) AS "r"
FROM "shop_product"
params: [5, "Widget", "Thing"]

[mysql]
SELECT `shop_product`.`id`, SUBSTRING(`shop_product`.`sku`, ?) AS `s`, REPLACE(`shop_product`.`name`, ?, ?) AS `r`
FROM `shop_product`
params: [5, "Widget", "Thing"]

[oracle]
SELECT "SHOP_PRODUCT"."ID", SUBSTR("SHOP_PRODUCT"."SKU", :1) AS "S", REPLACE("SHOP_PRODUCT"."NAME", :2, :3) AS "R"
FROM "SHOP_PRODUCT"
params: [5, "Widget", "Thing"]
