-- Product.objects.aggregate(Count("id"))
SELECT COUNT("shop_product"."id") AS "id__count" FROM "shop_product"
-- params: []
