query: Customer.objects.filter(country="DE").delete()

[sqlite]
DELETE FROM "shop_profile"
WHERE "shop_profile"."customer_id" IN (
  SELECT "shop_customer"."id"
  FROM "shop_customer"
  WHERE "shop_customer"."country" = ?
)
params: ["DE"]

DELETE FROM "shop_orderline"
WHERE "shop_orderline"."order_id" IN (
  SELECT "shop_order"."id"
  FROM "shop_order"
  WHERE "shop_order"."customer_id" IN (
    SELECT "shop_customer"."id"
    FROM "shop_customer"
    WHERE "shop_customer"."country" = ?
  )
)
params: ["DE"]

DELETE FROM "shop_order"
WHERE "shop_order"."customer_id" IN (
  SELECT "shop_customer"."id"
  FROM "shop_customer"
  WHERE "shop_customer"."country" = ?
)
params: ["DE"]

UPDATE "shop_review"
SET "author_id" = NULL
WHERE "shop_review"."author_id" IN (
  SELECT "shop_customer"."id"
  FROM "shop_customer"
  WHERE "shop_customer"."country" = ?
)
params: ["DE"]
not counted: Django's count leaves its rows out

DELETE FROM "shop_customer"
WHERE "shop_customer"."country" = ?
params: ["DE"]

[postgresql]
DELETE FROM "shop_profile"
WHERE "shop_profile"."customer_id" IN (
  SELECT "shop_customer"."id"
  FROM "shop_customer"
  WHERE "shop_customer"."country" = $1
)
params: ["DE"]

DELETE FROM "shop_orderline"
WHERE "shop_orderline"."order_id" IN (
  SELECT "shop_order"."id"
  FROM "shop_order"
  WHERE "shop_order"."customer_id" IN (
    SELECT "shop_customer"."id"
    FROM "shop_customer"
    WHERE "shop_customer"."country" = $1
  )
)
params: ["DE"]

DELETE FROM "shop_order"
WHERE "shop_order"."customer_id" IN (
  SELECT "shop_customer"."id"
  FROM "shop_customer"
  WHERE "shop_customer"."country" = $1
)
params: ["DE"]

UPDATE "shop_review"
SET "author_id" = NULL
WHERE "shop_review"."author_id" IN (
  SELECT "shop_customer"."id"
  FROM "shop_customer"
  WHERE "shop_customer"."country" = $1
)
params: ["DE"]
not counted: Django's count leaves its rows out

DELETE FROM "shop_customer"
WHERE "shop_customer"."country" = $1
params: ["DE"]

[mysql]
DELETE FROM `shop_profile`
WHERE `shop_profile`.`customer_id` IN (
  SELECT *
  FROM (
    SELECT `shop_customer`.`id`
    FROM `shop_customer`
    WHERE `shop_customer`.`country` = BINARY ?
  ) subquery
)
params: ["DE"]

DELETE FROM `shop_orderline`
WHERE `shop_orderline`.`order_id` IN (
  SELECT *
  FROM (
    SELECT `shop_order`.`id`
    FROM `shop_order`
    WHERE `shop_order`.`customer_id` IN (
      SELECT *
      FROM (
        SELECT `shop_customer`.`id`
        FROM `shop_customer`
        WHERE `shop_customer`.`country` = BINARY ?
      ) subquery
    )
  ) subquery
)
params: ["DE"]

DELETE FROM `shop_order`
WHERE `shop_order`.`customer_id` IN (
  SELECT *
  FROM (
    SELECT `shop_customer`.`id`
    FROM `shop_customer`
    WHERE `shop_customer`.`country` = BINARY ?
  ) subquery
)
params: ["DE"]

UPDATE `shop_review`
SET `author_id` = NULL
WHERE `shop_review`.`author_id` IN (
  SELECT *
  FROM (
    SELECT `shop_customer`.`id`
    FROM `shop_customer`
    WHERE `shop_customer`.`country` = BINARY ?
  ) subquery
)
params: ["DE"]
not counted: Django's count leaves its rows out

DELETE FROM `shop_customer`
WHERE `shop_customer`.`country` = BINARY ?
params: ["DE"]

[oracle]
DELETE FROM "SHOP_PROFILE"
WHERE "SHOP_PROFILE"."CUSTOMER_ID" IN (
  SELECT "SHOP_CUSTOMER"."ID"
  FROM "SHOP_CUSTOMER"
  WHERE "SHOP_CUSTOMER"."COUNTRY" = :1
)
params: ["DE"]

DELETE FROM "SHOP_ORDERLINE"
WHERE "SHOP_ORDERLINE"."ORDER_ID" IN (
  SELECT "SHOP_ORDER"."ID"
  FROM "SHOP_ORDER"
  WHERE "SHOP_ORDER"."CUSTOMER_ID" IN (
    SELECT "SHOP_CUSTOMER"."ID"
    FROM "SHOP_CUSTOMER"
    WHERE "SHOP_CUSTOMER"."COUNTRY" = :1
  )
)
params: ["DE"]

DELETE FROM "SHOP_ORDER"
WHERE "SHOP_ORDER"."CUSTOMER_ID" IN (
  SELECT "SHOP_CUSTOMER"."ID"
  FROM "SHOP_CUSTOMER"
  WHERE "SHOP_CUSTOMER"."COUNTRY" = :1
)
params: ["DE"]

UPDATE "SHOP_REVIEW"
SET "AUTHOR_ID" = NULL
WHERE "SHOP_REVIEW"."AUTHOR_ID" IN (
  SELECT "SHOP_CUSTOMER"."ID"
  FROM "SHOP_CUSTOMER"
  WHERE "SHOP_CUSTOMER"."COUNTRY" = :1
)
params: ["DE"]
not counted: Django's count leaves its rows out

DELETE FROM "SHOP_CUSTOMER"
WHERE "SHOP_CUSTOMER"."COUNTRY" = :1
params: ["DE"]
