-- Order.objects.annotate(m=Window(Max("total"), order_by=F("placed").asc(), frame=ValueRange(end=0))).values_list("id", "m")
SELECT `shop_order`.`id`, MAX(`shop_order`.`total`) OVER (ORDER BY `shop_order`.`placed` ASC RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS `m` FROM `shop_order` ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
-- params: []
