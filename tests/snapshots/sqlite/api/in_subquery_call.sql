-- Product.objects.filter(id__in=Subquery(Review.objects.filter(rating__gte=4).values("product"))).values_list("id", flat=True)
SELECT "shop_product"."id" FROM "shop_product" WHERE "shop_product"."id" IN (SELECT "U0"."product_id" FROM "shop_review" "U0" WHERE "U0"."rating" >= ?)
-- params: [4]
