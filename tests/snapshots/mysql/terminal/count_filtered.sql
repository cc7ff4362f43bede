-- Product.objects.filter(active=True).count()
SELECT COUNT(*) AS `__count` FROM `shop_product` WHERE `shop_product`.`active` = ?
-- params: [true]
