-- Product.objects.filter(tags__isnull=True)
SELECT `shop_product`.`id`, `shop_product`.`name`, `shop_product`.`sku`, `shop_product`.`description`, `shop_product`.`category_id`, `shop_product`.`price`, `shop_product`.`cost`, `shop_product`.`weight`, `shop_product`.`stock`, `shop_product`.`active`, `shop_product`.`released`, `shop_product`.`created` FROM `shop_product` LEFT OUTER JOIN `shop_product_tags` ON (`shop_product`.`id` = `shop_product_tags`.`product_id`) WHERE `shop_product_tags`.`tag_id` IS NULL
-- params: []
