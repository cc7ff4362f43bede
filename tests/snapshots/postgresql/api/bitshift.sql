-- Product.objects.filter(stock__gte=0).annotate(l=F("stock").bitleftshift(2), r=F("stock").bitrightshift(1)).values_list("id", "l", "r")
SELECT "shop_product"."id", ("shop_product"."stock" << $1) AS "l", ("shop_product"."stock" >> $2) AS "r" FROM "shop_product" WHERE "shop_product"."stock" >= $3
-- params: [2, 1, 0]
