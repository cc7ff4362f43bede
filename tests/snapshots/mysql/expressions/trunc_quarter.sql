-- Customer.objects.annotate(q=TruncQuarter("joined")).values_list("id", "q")
SELECT `shop_customer`.`id`, MAKEDATE(YEAR(`shop_customer`.`joined`), 1) + INTERVAL QUARTER(`shop_customer`.`joined`) QUARTER - INTERVAL 1 QUARTER AS `q` FROM `shop_customer`
-- params: []
