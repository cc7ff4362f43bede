-- Review.objects.filter(created__date__range=(date(2020, 1, 1), date(2020, 3, 31)))
SELECT `shop_review`.`id`, `shop_review`.`product_id`, `shop_review`.`author_id`, `shop_review`.`rating`, `shop_review`.`title`, `shop_review`.`body`, `shop_review`.`created`, `shop_review`.`helpful`, `shop_review`.`verified` FROM `shop_review` WHERE DATE(`shop_review`.`created`) BETWEEN ? AND ?
-- params: ["2020-01-01", "2020-03-31"]
