-- Order.objects.filter(total__gt=800).values("customer__city", "total")
SELECT `shop_customer`.`city`, `shop_order`.`total` FROM `shop_order` INNER JOIN `shop_customer` ON (`shop_order`.`customer_id` = `shop_customer`.`id`) WHERE `shop_order`.`total` > ? ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
-- params: [800]
