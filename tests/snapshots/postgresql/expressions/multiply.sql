-- OrderLine.objects.annotate(line_total=F("quantity") * F("unit_price")).filter(line_total__gte=1000)
SELECT "shop_orderline"."id", "shop_orderline"."order_id", "shop_orderline"."product_id", "shop_orderline"."quantity", "shop_orderline"."unit_price", "shop_orderline"."note", ("shop_orderline"."quantity" * "shop_orderline"."unit_price") AS "line_total" FROM "shop_orderline" WHERE ("shop_orderline"."quantity" * "shop_orderline"."unit_price") >= $1
-- params: [1000]
