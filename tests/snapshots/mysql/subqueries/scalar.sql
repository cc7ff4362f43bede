-- Customer.objects.annotate(last_total=Subquery(Order.objects.filter(customer=OuterRef("pk")).order_by("-placed", "-id").values("total")[:1])).values_list("id", "last_total")
SELECT `shop_customer`.`id`, (SELECT `U0`.`total` FROM `shop_order` `U0` WHERE `U0`.`customer_id` = `shop_customer`.`id` ORDER BY `U0`.`placed` DESC, `U0`.`id` DESC LIMIT 1) AS `last_total` FROM `shop_customer`
-- params: []
