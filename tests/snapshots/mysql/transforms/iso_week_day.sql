-- Customer.objects.filter(joined__iso_week_day=7)
SELECT `shop_customer`.`id`, `shop_customer`.`name`, `shop_customer`.`email`, `shop_customer`.`city`, `shop_customer`.`country`, `shop_customer`.`vip`, `shop_customer`.`credit`, `shop_customer`.`score`, `shop_customer`.`joined`, `shop_customer`.`last_login`, `shop_customer`.`notes` FROM `shop_customer` WHERE (WEEKDAY(`shop_customer`.`joined`) + 1) = ?
-- params: [7]
