-- Product.objects.filter(created__hour__gte=12, created__hour__lt=18)
SELECT `shop_product`.`id`, `shop_product`.`name`, `shop_product`.`sku`, `shop_product`.`description`, `shop_product`.`category_id`, `shop_product`.`price`, `shop_product`.`cost`, `shop_product`.`weight`, `shop_product`.`stock`, `shop_product`.`active`, `shop_product`.`released`, `shop_product`.`created` FROM `shop_product` WHERE (EXTRACT(HOUR FROM `shop_product`.`created`) >= ? AND EXTRACT(HOUR FROM `shop_product`.`created`) < ?)
-- params: [12, 18]
