-- Customer.objects.filter(Q(city__iexact="paris") | Q(country="FR")).count()
SELECT COUNT(*) AS `__count` FROM `shop_customer` WHERE (`shop_customer`.`city` LIKE ? OR `shop_customer`.`country` = BINARY ?)
-- params: ["paris", "FR"]
