-- Customer.objects.annotate(s=F("score")).filter(~Q(s__gt=3)).values_list("id", flat=True)
SELECT `shop_customer`.`id` FROM `shop_customer` WHERE NOT (`shop_customer`.`score` > ?)
-- params: [3]
