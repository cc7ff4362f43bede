-- Order.objects.aggregate(paid=Count("id", filter=Q(status="paid")))
SELECT COUNT(CASE WHEN `shop_order`.`status` = BINARY ? THEN `shop_order`.`id` ELSE NULL END) AS `paid` FROM `shop_order`
-- params: ["paid"]
