-- Product.objects.filter(stock__regex="^1").values_list("id", flat=True)
SELECT `shop_product`.`id` FROM `shop_product` WHERE `shop_product`.`stock` REGEXP BINARY ?
-- params: ["^1"]
