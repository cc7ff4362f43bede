-- Review.objects.aggregate(sd=StdDev("rating"), var=Variance("rating", sample=True))
SELECT STDDEV_POP(`shop_review`.`rating`) AS `sd`, VAR_SAMP(`shop_review`.`rating`) AS `var` FROM `shop_review`
-- params: []
