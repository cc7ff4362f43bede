-- Product.objects.annotate(reviewed=Exists(Review.objects.filter(product=OuterRef("pk")))).values_list("id", "reviewed")
SELECT "shop_product"."id", EXISTS(SELECT 1 AS "a" FROM "shop_review" "U0" WHERE "U0"."product_id" = "shop_product"."id") AS "reviewed" FROM "shop_product"
-- params: []
