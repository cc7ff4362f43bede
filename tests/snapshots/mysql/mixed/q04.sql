-- Product.objects.aggregate(avg=Avg("price"), mx=Max("price"))
SELECT AVG(`shop_product`.`price`) AS `avg`, MAX(`shop_product`.`price`) AS `mx` FROM `shop_product`
-- params: []
