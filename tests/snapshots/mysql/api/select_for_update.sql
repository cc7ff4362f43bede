-- Product.objects.select_for_update().filter(active=True).values_list("id", flat=True)
SELECT `shop_product`.`id` FROM `shop_product` WHERE `shop_product`.`active` = ? FOR UPDATE
-- params: [true]
