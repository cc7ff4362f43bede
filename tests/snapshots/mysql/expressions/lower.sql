-- Customer.objects.annotate(l=Lower("name")).filter(l="alice smith")
SELECT `shop_customer`.`id`, `shop_customer`.`name`, `shop_customer`.`email`, `shop_customer`.`city`, `shop_customer`.`country`, `shop_customer`.`vip`, `shop_customer`.`credit`, `shop_customer`.`score`, `shop_customer`.`joined`, `shop_customer`.`last_login`, `shop_customer`.`notes`, LOWER(`shop_customer`.`name`) AS `l` FROM `shop_customer` WHERE LOWER(`shop_customer`.`name`) = BINARY ?
-- params: ["alice smith"]
