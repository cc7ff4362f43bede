-- Product.objects.annotate(b=F("stock").bitand(6)).values_list("id", "b")
SELECT `shop_product`.`id`, (`shop_product`.`stock` & ?) AS `b` FROM `shop_product`
-- params: [6]
