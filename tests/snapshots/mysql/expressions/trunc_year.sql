-- Customer.objects.annotate(yr=TruncYear("joined")).values_list("id", "yr")
SELECT `shop_customer`.`id`, CAST(DATE_FORMAT(`shop_customer`.`joined`, '%Y-01-01') AS DATE) AS `yr` FROM `shop_customer`
-- params: []
