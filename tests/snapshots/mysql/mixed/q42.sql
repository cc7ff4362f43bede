-- Order.objects.filter(placed__week_day=2).values_list("id", flat=True)
SELECT `shop_order`.`id` FROM `shop_order` WHERE DAYOFWEEK(`shop_order`.`placed`) = ? ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
-- params: [2]
