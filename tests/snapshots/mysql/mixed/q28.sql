-- Customer.objects.get(pk=1)
SELECT `shop_customer`.`id`, `shop_customer`.`name`, `shop_customer`.`email`, `shop_customer`.`city`, `shop_customer`.`country`, `shop_customer`.`vip`, `shop_customer`.`credit`, `shop_customer`.`score`, `shop_customer`.`joined`, `shop_customer`.`last_login`, `shop_customer`.`notes` FROM `shop_customer` WHERE `shop_customer`.`id` = ? LIMIT 21
-- params: [1]
