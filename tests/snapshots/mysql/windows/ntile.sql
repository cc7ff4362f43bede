-- Product.objects.annotate(b=Window(Ntile(4), order_by=F("id").asc())).values_list("id", "b")
SELECT `shop_product`.`id`, NTILE(4) OVER (ORDER BY `shop_product`.`id` ASC) AS `b` FROM `shop_product`
-- params: []
