-- Customer.objects.annotate(full=Concat("name", Value(" <"), "email", Value(">"))).values_list("full", flat=True)
SELECT CONCAT_WS('', `shop_customer`.`name`, ?, `shop_customer`.`email`, ?) AS `full` FROM `shop_customer`
-- params: [" <", ">"]
