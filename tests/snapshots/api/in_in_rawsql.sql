query: Customer.objects.filter(id__in=RawSQL("SELECT customer_id FROM shop_order WHERE status = %s", ["paid"])).order_by("id").values_list("id", flat=True)

[sqlite]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE "shop_customer"."id" IN (
  SELECT customer_id
  FROM shop_order
  WHERE status = ?
)
ORDER BY "shop_customer"."id" ASC
params: ["paid"]

[postgresql]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE "shop_customer"."id" IN (
  SELECT customer_id
  FROM shop_order
  WHERE status = $1
)
ORDER BY "shop_customer"."id" ASC
params: ["paid"]

[mysql]
SELECT `shop_customer`.`id`
FROM `shop_customer`
WHERE `shop_customer`.`id` IN (
  SELECT customer_id
  FROM shop_order
  WHERE status = ?
)
ORDER BY `shop_customer`.`id` ASC
params: ["paid"]

[oracle]
SELECT "SHOP_CUSTOMER"."ID"
FROM "SHOP_CUSTOMER"
WHERE "SHOP_CUSTOMER"."ID" IN (
  SELECT customer_id
  FROM shop_order
  WHERE status = :1
)
ORDER BY "SHOP_CUSTOMER"."ID" ASC
params: ["paid"]
