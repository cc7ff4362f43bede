-- Order.objects.aggregate(Max("placed"), Min("shipped"))
SELECT MAX("SHOP_ORDER"."PLACED") AS "PLACED__MAX", MIN("SHOP_ORDER"."SHIPPED") AS "SHIPPED__MIN" FROM "SHOP_ORDER"
-- params: []
