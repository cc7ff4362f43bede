-- Category.objects.filter(parent__isnull=False)
SELECT `shop_categories`.`id`, `shop_categories`.`name`, `shop_categories`.`slug`, `shop_categories`.`parent_id`, `shop_categories`.`position` FROM `shop_categories` WHERE `shop_categories`.`parent_id` IS NOT NULL
-- params: []
