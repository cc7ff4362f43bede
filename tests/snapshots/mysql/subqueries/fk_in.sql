-- Order.objects.filter(customer__in=Customer.objects.filter(vip=True)).filter(total__gt=500)
SELECT `shop_order`.`id`, `shop_order`.`customer_id`, `shop_order`.`status`, `shop_order`.`placed`, `shop_order`.`shipped`, `shop_order`.`total`, `shop_order`.`discount`, `shop_order`.`coupon`, `shop_order`.`items` FROM `shop_order` WHERE (`shop_order`.`customer_id` IN (SELECT `U0`.`id` FROM `shop_customer` `U0` WHERE `U0`.`vip` = ?) AND `shop_order`.`total` > ?) ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
-- params: [true, 500]
