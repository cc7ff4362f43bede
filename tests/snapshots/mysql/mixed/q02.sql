-- Product.objects.filter(reviews__rating=5).values("name").annotate(n=Count("reviews"))
SELECT `shop_product`.`name`, COUNT(`shop_review`.`id`) AS `n` FROM `shop_product` INNER JOIN `shop_review` ON (`shop_product`.`id` = `shop_review`.`product_id`) WHERE `shop_review`.`rating` = ? GROUP BY `shop_product`.`name`
-- params: [5]
