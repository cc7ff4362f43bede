-- Customer.objects.filter(id__in=Order.objects.filter(total__gt=1000).values("customer"))
SELECT `shop_customer`.`id`, `shop_customer`.`name`, `shop_customer`.`email`, `shop_customer`.`city`, `shop_customer`.`country`, `shop_customer`.`vip`, `shop_customer`.`credit`, `shop_customer`.`score`, `shop_customer`.`joined`, `shop_customer`.`last_login`, `shop_customer`.`notes` FROM `shop_customer` WHERE `shop_customer`.`id` IN (SELECT `U0`.`customer_id` FROM `shop_order` `U0` WHERE `U0`.`total` > ?)
-- params: [1000]
