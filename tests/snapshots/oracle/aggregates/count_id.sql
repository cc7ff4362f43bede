-- Product.objects.aggregate(Count("id"))
SELECT COUNT("SHOP_PRODUCT"."ID") AS "ID__COUNT" FROM "SHOP_PRODUCT"
-- params: []
