-- Customer.objects.filter(profile__isnull=True)
SELECT `shop_customer`.`id`, `shop_customer`.`name`, `shop_customer`.`email`, `shop_customer`.`city`, `shop_customer`.`country`, `shop_customer`.`vip`, `shop_customer`.`credit`, `shop_customer`.`score`, `shop_customer`.`joined`, `shop_customer`.`last_login`, `shop_customer`.`notes` FROM `shop_customer` LEFT OUTER JOIN `shop_profile` ON (`shop_customer`.`id` = `shop_profile`.`customer_id`) WHERE `shop_profile`.`id` IS NULL
-- params: []
