-- Product.objects.values_list("id", Lower("sku"), Length("name"))
SELECT `shop_product`.`id`, LOWER(`shop_product`.`sku`) AS `lower1`, CHAR_LENGTH(`shop_product`.`name`) AS `length2` FROM `shop_product`
-- params: []
