-- Customer.objects.values_list("country", flat=True).distinct().order_by("country")
SELECT DISTINCT `shop_customer`.`country` FROM `shop_customer` ORDER BY `shop_customer`.`country` ASC
-- params: []
