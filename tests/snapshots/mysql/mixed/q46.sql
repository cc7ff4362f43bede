-- Product.objects.filter(stock__gte=F("order_lines__quantity")).distinct()
SELECT DISTINCT `shop_product`.`id`, `shop_product`.`name`, `shop_product`.`sku`, `shop_product`.`description`, `shop_product`.`category_id`, `shop_product`.`price`, `shop_product`.`cost`, `shop_product`.`weight`, `shop_product`.`stock`, `shop_product`.`active`, `shop_product`.`released`, `shop_product`.`created` FROM `shop_product` INNER JOIN `shop_orderline` ON (`shop_product`.`id` = `shop_orderline`.`product_id`) WHERE `shop_product`.`stock` >= `shop_orderline`.`quantity`
-- params: []
