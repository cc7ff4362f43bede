-- Order.objects.filter(items__gt=0).annotate(avg_item=F("total") / F("items")).values_list("id", "avg_item")
SELECT "shop_order"."id", (CAST("shop_order"."total" AS REAL) / "shop_order"."items") AS "avg_item" FROM "shop_order" WHERE "shop_order"."items" > ? ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
-- params: [0]
