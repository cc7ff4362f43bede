-- Review.objects.filter(author__isnull=True)
SELECT `shop_review`.`id`, `shop_review`.`product_id`, `shop_review`.`author_id`, `shop_review`.`rating`, `shop_review`.`title`, `shop_review`.`body`, `shop_review`.`created`, `shop_review`.`helpful`, `shop_review`.`verified` FROM `shop_review` WHERE `shop_review`.`author_id` IS NULL
-- params: []
