-- Review.objects.datetimes("created", "day", "DESC")
SELECT DISTINCT CAST(DATE_FORMAT(`shop_review`.`created`, '%Y-%m-%d 00:00:00') AS DATETIME) AS `datetimefield` FROM `shop_review` WHERE `shop_review`.`created` IS NOT NULL ORDER BY `datetimefield` DESC
-- params: []
