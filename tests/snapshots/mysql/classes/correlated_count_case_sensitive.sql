-- Customer.objects.annotate(n=Subquery(Customer.objects.filter(city=OuterRef("city")).values("city").annotate(c=Count("id")).values("c"))).values_list("id", "n")
SELECT `shop_customer`.`id`, (SELECT COUNT(`U0`.`id`) AS `c` FROM `shop_customer` `U0` WHERE `U0`.`city` = BINARY `shop_customer`.`city` GROUP BY `U0`.`city`) AS `n` FROM `shop_customer`
-- params: []
