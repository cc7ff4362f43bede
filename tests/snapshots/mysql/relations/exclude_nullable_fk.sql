-- Review.objects.exclude(author__country="DE")
SELECT `shop_review`.`id`, `shop_review`.`product_id`, `shop_review`.`author_id`, `shop_review`.`rating`, `shop_review`.`title`, `shop_review`.`body`, `shop_review`.`created`, `shop_review`.`helpful`, `shop_review`.`verified` FROM `shop_review` LEFT OUTER JOIN `shop_customer` ON (`shop_review`.`author_id` = `shop_customer`.`id`) WHERE NOT ((`shop_customer`.`country` = BINARY ? AND `shop_customer`.`country` IS NOT NULL))
-- params: ["DE"]
