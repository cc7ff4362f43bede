-- Review.objects.filter(product__category__name="Books").delete()
DELETE FROM `shop_review` WHERE `shop_review`.`id` IN (SELECT * FROM (SELECT `U0`.`id` FROM `shop_review` `U0` INNER JOIN `shop_product` `U1` ON (`U0`.`product_id` = `U1`.`id`) INNER JOIN `shop_categories` `U2` ON (`U1`.`category_id` = `U2`.`id`) WHERE `U2`.`name` = BINARY ?) subquery)
-- params: ["Books"]
