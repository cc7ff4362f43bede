-- Product.objects.filter(id__lt=3).union(Product.objects.filter(id__gt=30)).values_list("name", flat=True).order_by("name")
(SELECT `shop_product`.`name` FROM `shop_product` WHERE `shop_product`.`id` < ?) UNION (SELECT `shop_product`.`name` FROM `shop_product` WHERE `shop_product`.`id` > ?) ORDER BY 1 ASC
-- params: [3, 30]
