-- Product.objects.annotate(s=Substr("sku", 5), r=Replace("name", Value("Widget"), Value("Thing"))).values_list("id", "s", "r")
SELECT `shop_product`.`id`, SUBSTR(`shop_product`.`sku`, ?) AS `s`, REPLACE(`shop_product`.`name`, ?, ?) AS `r` FROM `shop_product`
-- params: [5, "Widget", "Thing"]
