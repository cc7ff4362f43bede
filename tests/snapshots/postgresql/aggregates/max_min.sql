-- Order.objects.aggregate(Max("placed"), Min("shipped"))
SELECT MAX("shop_order"."placed") AS "placed__max", MIN("shop_order"."shipped") AS "shipped__min" FROM "shop_order"
-- params: []
