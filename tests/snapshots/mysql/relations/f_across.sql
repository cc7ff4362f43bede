-- OrderLine.objects.filter(unit_price__lt=F("product__price"))
SELECT `shop_orderline`.`id`, `shop_orderline`.`order_id`, `shop_orderline`.`product_id`, `shop_orderline`.`quantity`, `shop_orderline`.`unit_price`, `shop_orderline`.`note` FROM `shop_orderline` INNER JOIN `shop_product` ON (`shop_orderline`.`product_id` = `shop_product`.`id`) WHERE `shop_orderline`.`unit_price` < `shop_product`.`price`
-- params: []
