-- Customer.objects.annotate(k=Value(1)).order_by("k", "id").values_list("id", "k")
SELECT `shop_customer`.`id`, ? AS `k` FROM `shop_customer` ORDER BY `k` ASC, `shop_customer`.`id` ASC
-- params: [1]
