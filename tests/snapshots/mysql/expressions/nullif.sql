-- Customer.objects.annotate(c=NullIf("city", Value(""))).values_list("id", "c")
SELECT `shop_customer`.`id`, NULLIF(`shop_customer`.`city`, ?) AS `c` FROM `shop_customer`
-- params: [""]
