-- Product.objects.values("category_id").distinct().order_by("category_id")
SELECT DISTINCT `shop_product`.`category_id` FROM `shop_product` ORDER BY `shop_product`.`category_id` ASC
-- params: []
