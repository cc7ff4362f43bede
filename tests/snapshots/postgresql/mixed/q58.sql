-- Product.objects.filter(order_lines__order__customer__vip=True).values("name").distinct()
SELECT DISTINCT "shop_product"."name" FROM "shop_product" INNER JOIN "shop_orderline" ON ("shop_product"."id" = "shop_orderline"."product_id") INNER JOIN "shop_order" ON ("shop_orderline"."order_id" = "shop_order"."id") INNER JOIN "shop_customer" ON ("shop_order"."customer_id" = "shop_customer"."id") WHERE "shop_customer"."vip" = $1
-- params: [true]
