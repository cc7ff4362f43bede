-- Customer.objects.annotate(w=TruncWeek("joined")).values_list("id", "w")
SELECT `shop_customer`.`id`, DATE_SUB(`shop_customer`.`joined`, INTERVAL WEEKDAY(`shop_customer`.`joined`) DAY) AS `w` FROM `shop_customer`
-- params: []
