-- Order.objects.datetimes("placed", "hour")
SELECT DISTINCT CAST(DATE_FORMAT(`shop_order`.`placed`, '%Y-%m-%d %H:00:00') AS DATETIME) AS `datetimefield` FROM `shop_order` WHERE `shop_order`.`placed` IS NOT NULL ORDER BY `datetimefield` ASC
-- params: []
