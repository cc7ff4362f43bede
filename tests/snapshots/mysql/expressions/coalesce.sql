-- Customer.objects.annotate(contact=Coalesce("email", Value("none"))).values_list("id", "contact")
SELECT `shop_customer`.`id`, COALESCE(`shop_customer`.`email`, ?) AS `contact` FROM `shop_customer`
-- params: ["none"]
