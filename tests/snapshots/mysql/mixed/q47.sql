-- OrderLine.objects.values("order__customer__country").annotate(q=Sum("quantity")).order_by("-q")
SELECT `shop_customer`.`country`, SUM(`shop_orderline`.`quantity`) AS `q` FROM `shop_orderline` INNER JOIN `shop_order` ON (`shop_orderline`.`order_id` = `shop_order`.`id`) INNER JOIN `shop_customer` ON (`shop_order`.`customer_id` = `shop_customer`.`id`) GROUP BY `shop_customer`.`country` ORDER BY `q` DESC
-- params: []
