-- Customer.objects.annotate(label=Concat("name", Value(" / "), "city")).values_list("id", "label")
SELECT `shop_customer`.`id`, CONCAT_WS('', `shop_customer`.`name`, ?, `shop_customer`.`city`) AS `label` FROM `shop_customer`
-- params: [" / "]
