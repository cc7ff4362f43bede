-- Order.objects.filter(status="paid").dates("shipped", "week")
SELECT DISTINCT DATE_SUB(`shop_order`.`shipped`, INTERVAL WEEKDAY(`shop_order`.`shipped`) DAY) AS `datefield` FROM `shop_order` WHERE (`shop_order`.`status` = BINARY ? AND `shop_order`.`shipped` IS NOT NULL) ORDER BY `datefield` ASC
-- params: ["paid"]
