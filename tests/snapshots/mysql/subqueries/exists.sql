-- Customer.objects.filter(Exists(Review.objects.filter(author=OuterRef("pk"), rating=1)))
SELECT `shop_customer`.`id`, `shop_customer`.`name`, `shop_customer`.`email`, `shop_customer`.`city`, `shop_customer`.`country`, `shop_customer`.`vip`, `shop_customer`.`credit`, `shop_customer`.`score`, `shop_customer`.`joined`, `shop_customer`.`last_login`, `shop_customer`.`notes` FROM `shop_customer` WHERE EXISTS(SELECT 1 AS `a` FROM `shop_review` `U0` WHERE (`U0`.`author_id` = `shop_customer`.`id` AND `U0`.`rating` = ?))
-- params: [1]
