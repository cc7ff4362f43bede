-- Review.objects.annotate(day=TruncDay("created")).filter(day__year=2021).values_list("id", "day")
SELECT `shop_review`.`id`, CAST(DATE_FORMAT(`shop_review`.`created`, '%Y-%m-%d 00:00:00') AS DATETIME) AS `day` FROM `shop_review` WHERE CAST(DATE_FORMAT(`shop_review`.`created`, '%Y-%m-%d 00:00:00') AS DATETIME) BETWEEN ? AND ?
-- params: ["2021-01-01 00:00:00", "2021-12-31 23:59:59.999999"]
