query: Customer.objects.filter(id__in=RawSQL("SELECT customer_id FROM shop_order WHERE items = %s", [3])).order_by("id").values_list("id", flat=True)

[sqlite]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE "shop_customer"."id" IN (
  SELECT customer_id
  FROM shop_order
  WHERE items = ?
)
ORDER BY "shop_customer"."id" ASC
params: [3]

[postgresql]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE "shop_customer"."id" IN (
  SELECT customer_id
  FROM shop_order
  WHERE items = $1
)
ORDER BY "shop_customer"."id" ASC
params: [3]

[mysql]
SELECT `shop_customer`.`id`
FROM `shop_customer`
WHERE `shop_customer`.`id` IN (
  SELECT customer_id
  FROM shop_order
  WHERE items = ?
)
ORDER BY `shop_customer`.`id` ASC
params: [3]

[oracle]
SELECT "SHOP_CUSTOMER"."ID"
FROM "SHOP_CUSTOMER"
WHERE "SHOP_CUSTOMER"."ID" IN (
  SELECT customer_id
  FROM shop_order
  WHERE items = :1
)
ORDER BY "SHOP_CUSTOMER"."ID" ASC
params: [3]
