-- Category.objects.filter(parent=None).in_bulk()
SELECT `shop_categories`.`id`, `shop_categories`.`name`, `shop_categories`.`slug`, `shop_categories`.`parent_id`, `shop_categories`.`position` FROM `shop_categories` WHERE `shop_categories`.`parent_id` IS NULL
-- params: []
