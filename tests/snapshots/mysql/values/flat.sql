-- Product.objects.values_list("sku", flat=True)
SELECT `shop_product`.`sku` FROM `shop_product`
-- params: []
