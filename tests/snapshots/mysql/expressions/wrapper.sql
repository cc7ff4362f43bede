-- OrderLine.objects.annotate(t=ExpressionWrapper(F("quantity") * F("unit_price"), output_field=DecimalField())).values_list("id", "t")
SELECT `shop_orderline`.`id`, (`shop_orderline`.`quantity` * `shop_orderline`.`unit_price`) AS `t` FROM `shop_orderline`
-- params: []
