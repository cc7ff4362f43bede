-- Customer.objects.order_by("orders__total", "id")[:50].count()
SELECT COUNT(*) AS `__count` FROM (SELECT `shop_customer`.`id` AS `Col1`, `shop_customer`.`name` AS `Col2`, `shop_customer`.`email` AS `Col3`, `shop_customer`.`city` AS `Col4`, `shop_customer`.`country` AS `Col5`, `shop_customer`.`vip` AS `Col6`, `shop_customer`.`credit` AS `Col7`, `shop_customer`.`score` AS `Col8`, `shop_customer`.`joined` AS `Col9`, `shop_customer`.`last_login` AS `Col10`, `shop_customer`.`notes` AS `Col11` FROM `shop_customer` LIMIT 50) subquery
-- params: []
