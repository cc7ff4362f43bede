-- Category.objects.filter(parent__name="Electronics")
SELECT `shop_categories`.`id`, `shop_categories`.`name`, `shop_categories`.`slug`, `shop_categories`.`parent_id`, `shop_categories`.`position` FROM `shop_categories` INNER JOIN `shop_categories` `T2` ON (`shop_categories`.`parent_id` = `T2`.`id`) WHERE `T2`.`name` = BINARY ?
-- params: ["Electronics"]
