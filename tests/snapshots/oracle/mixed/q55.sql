-- Order.objects.filter(items__gt=0).annotate(avg_item=F("total") / F("items")).values_list("id", "avg_item")
SELECT "SHOP_ORDER"."ID", ("SHOP_ORDER"."TOTAL" / "SHOP_ORDER"."ITEMS") AS "AVG_ITEM" FROM "SHOP_ORDER" WHERE "SHOP_ORDER"."ITEMS" > :1 ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
-- params: [0]
