-- Order.objects.annotate(m=TruncMonth("placed")).values_list("id", "m")
SELECT `shop_order`.`id`, CAST(DATE_FORMAT(`shop_order`.`placed`, '%Y-%m-01 00:00:00') AS DATETIME) AS `m` FROM `shop_order` ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
-- params: []
