-- Customer.objects.exclude(email="user1@example.com")
SELECT `shop_customer`.`id`, `shop_customer`.`name`, `shop_customer`.`email`, `shop_customer`.`city`, `shop_customer`.`country`, `shop_customer`.`vip`, `shop_customer`.`credit`, `shop_customer`.`score`, `shop_customer`.`joined`, `shop_customer`.`last_login`, `shop_customer`.`notes` FROM `shop_customer` WHERE NOT ((`shop_customer`.`email` = BINARY ? AND `shop_customer`.`email` IS NOT NULL))
-- params: ["user1@example.com"]
