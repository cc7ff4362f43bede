-- Customer.objects.only("name").filter(vip=True)
SELECT `shop_customer`.`id`, `shop_customer`.`name` FROM `shop_customer` WHERE `shop_customer`.`vip` = ?
-- params: [true]
