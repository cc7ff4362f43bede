-- Product.objects.values_list("sku", flat=True)
SELECT `shop_product`.`sku`, ? AS `flat` FROM `shop_product`
-- params: [true]
