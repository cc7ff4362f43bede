-- Product.objects.annotate(b=F("stock").bitor(1)).values_list("id", "b")
SELECT `shop_product`.`id`, (`shop_product`.`stock` | ?) AS `b` FROM `shop_product`
-- params: [1]
