-- Product.objects.annotate(g=Greatest("price", "cost")).values_list("id", "g")
SELECT `shop_product`.`id`, GREATEST(`shop_product`.`price`, `shop_product`.`cost`) AS `g` FROM `shop_product`
-- params: []
