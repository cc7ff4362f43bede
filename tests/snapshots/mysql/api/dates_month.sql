-- Order.objects.dates("placed", "month")
SELECT DISTINCT CAST(DATE_FORMAT(`shop_order`.`placed`, '%Y-%m-01') AS DATE) AS `datefield` FROM `shop_order` WHERE `shop_order`.`placed` IS NOT NULL ORDER BY `datefield` ASC
-- params: []
