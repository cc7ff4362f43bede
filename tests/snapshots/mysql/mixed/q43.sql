-- Order.objects.annotate(m=ExtractMonth("placed")).values("m").annotate(c=Count("id")).order_by("m")
SELECT EXTRACT(MONTH FROM `shop_order`.`placed`) AS `m`, COUNT(`shop_order`.`id`) AS `c` FROM `shop_order` GROUP BY EXTRACT(MONTH FROM `shop_order`.`placed`) ORDER BY `m` ASC
-- params: []
