-- OrderLine.objects.aggregate(n=Count("product", distinct=True))
SELECT COUNT(DISTINCT `shop_orderline`.`product_id`) AS `n` FROM `shop_orderline`
-- params: []
