-- Customer.objects.dates("joined", "year", order="DESC")
SELECT DISTINCT CAST(DATE_FORMAT(`shop_customer`.`joined`, '%Y-01-01') AS DATE) AS `datefield` FROM `shop_customer` WHERE `shop_customer`.`joined` IS NOT NULL ORDER BY `datefield` DESC
-- params: []
