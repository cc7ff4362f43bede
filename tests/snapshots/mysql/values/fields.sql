-- Customer.objects.values("id", "name", "city")
SELECT `shop_customer`.`id`, `shop_customer`.`name`, `shop_customer`.`city` FROM `shop_customer`
-- params: []
