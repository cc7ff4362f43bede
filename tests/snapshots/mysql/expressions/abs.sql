-- Product.objects.annotate(abs_stock=Abs("stock")).filter(abs_stock__gt=50)
SELECT `shop_product`.`id`, `shop_product`.`name`, `shop_product`.`sku`, `shop_product`.`description`, `shop_product`.`category_id`, `shop_product`.`price`, `shop_product`.`cost`, `shop_product`.`weight`, `shop_product`.`stock`, `shop_product`.`active`, `shop_product`.`released`, `shop_product`.`created`, ABS(`shop_product`.`stock`) AS `abs_stock` FROM `shop_product` WHERE ABS(`shop_product`.`stock`) > ?
-- params: [50]
