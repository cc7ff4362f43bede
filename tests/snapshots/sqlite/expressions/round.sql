-- Product.objects.annotate(r=Round("weight")).values_list("id", "r")
SELECT "shop_product"."id", ROUND("shop_product"."weight") AS "r" FROM "shop_product"
-- params: []
