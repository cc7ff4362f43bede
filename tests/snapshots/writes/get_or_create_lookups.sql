query: Product.objects.filter(active=True).get_or_create(sku="SKU-9999", name__icontains="box", defaults={"name": "Box", "category_id": 1, "price": Decimal("9.90"), "created": datetime(2024, 1, 2, 3, 4, 5)})

[sqlite]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
WHERE (
  "shop_product"."active"
  AND ("shop_product"."sku" = ? AND "shop_product"."name" LIKE ? ESCAPE '\')
)
LIMIT 21
params: ["SKU-9999", "%box%"]
note: get(): its one row is the object; more than one is MultipleObjectsReturned; none runs the insert

INSERT INTO "shop_product" ("name", "sku", "description", "category_id", "price", "cost", "weight", "stock", "active", "released", "created")
VALUES (?, ?, ?, ?, CAST(? AS NUMERIC), NULL, NULL, ?, ?, NULL, ?)
RETURNING "id"
params: ["Box", "SKU-9999", "", 1, Decimal("9.90"), 0, True, datetime(2024, 1, 2, 3, 4, 5)]
run: if_none_found
note: create(), when the lookup found no row, in a savepoint: an integrity error rolls back to it and runs the lookup again

SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
WHERE (
  "shop_product"."active"
  AND ("shop_product"."sku" = ? AND "shop_product"."name" LIKE ? ESCAPE '\')
)
LIMIT 21
params: ["SKU-9999", "%box%"]
run: if_insert_failed
note: get() again after the insert's integrity error: its row is the object; none re-raises the error

[postgresql]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
WHERE (
  "shop_product"."active"
  AND ("shop_product"."sku" = $1 AND UPPER("shop_product"."name") LIKE UPPER($2))
)
LIMIT 21
params: ["SKU-9999", "%box%"]
note: get(): its one row is the object; more than one is MultipleObjectsReturned; none runs the insert

INSERT INTO "shop_product" ("name", "sku", "description", "category_id", "price", "cost", "weight", "stock", "active", "released", "created")
VALUES ($1, $2, $3, $4, $5, NULL, NULL, $6, $7, NULL, $8)
RETURNING "id"
params: ["Box", "SKU-9999", "", 1, Decimal("9.90"), 0, True, datetime(2024, 1, 2, 3, 4, 5)]
run: if_none_found
note: create(), when the lookup found no row, in a savepoint: an integrity error rolls back to it and runs the lookup again

SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
WHERE (
  "shop_product"."active"
  AND ("shop_product"."sku" = $1 AND UPPER("shop_product"."name") LIKE UPPER($2))
)
LIMIT 21
params: ["SKU-9999", "%box%"]
run: if_insert_failed
note: get() again after the insert's integrity error: its row is the object; none re-raises the error

[mysql]
SELECT `shop_product`.`id`, `shop_product`.`name`, `shop_product`.`sku`, `shop_product`.`description`, `shop_product`.`category_id`, `shop_product`.`price`, `shop_product`.`cost`, `shop_product`.`weight`, `shop_product`.`stock`, `shop_product`.`active`, `shop_product`.`released`, `shop_product`.`created`
FROM `shop_product`
WHERE (
  `shop_product`.`active`
  AND (`shop_product`.`sku` = BINARY ? AND `shop_product`.`name` LIKE ?)
)
LIMIT 21
params: ["SKU-9999", "%box%"]
note: get(): its one row is the object; more than one is MultipleObjectsReturned; none runs the insert

INSERT INTO `shop_product` (`name`, `sku`, `description`, `category_id`, `price`, `cost`, `weight`, `stock`, `active`, `released`, `created`)
VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, ?, NULL, ?)
params: ["Box", "SKU-9999", "", 1, Decimal("9.90"), 0, True, datetime(2024, 1, 2, 3, 4, 5)]
run: if_none_found
note: create(), when the lookup found no row, in a savepoint: an integrity error rolls back to it and runs the lookup again; mysql cannot return the generated keys of a multi-row insert

SELECT `shop_product`.`id`, `shop_product`.`name`, `shop_product`.`sku`, `shop_product`.`description`, `shop_product`.`category_id`, `shop_product`.`price`, `shop_product`.`cost`, `shop_product`.`weight`, `shop_product`.`stock`, `shop_product`.`active`, `shop_product`.`released`, `shop_product`.`created`
FROM `shop_product`
WHERE (
  `shop_product`.`active`
  AND (`shop_product`.`sku` = BINARY ? AND `shop_product`.`name` LIKE ?)
)
LIMIT 21
params: ["SKU-9999", "%box%"]
run: if_insert_failed
note: get() again after the insert's integrity error: its row is the object; none re-raises the error

[oracle]
SELECT "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."SKU", "SHOP_PRODUCT"."DESCRIPTION", "SHOP_PRODUCT"."CATEGORY_ID", "SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST", "SHOP_PRODUCT"."WEIGHT", "SHOP_PRODUCT"."STOCK", "SHOP_PRODUCT"."ACTIVE", "SHOP_PRODUCT"."RELEASED", "SHOP_PRODUCT"."CREATED"
FROM "SHOP_PRODUCT"
WHERE (
  "SHOP_PRODUCT"."ACTIVE" = :1
  AND (
    "SHOP_PRODUCT"."SKU" = :2
    AND UPPER("SHOP_PRODUCT"."NAME") LIKE UPPER(:3) ESCAPE '\'
  )
)
FETCH FIRST 21 ROWS ONLY
params: [1, "SKU-9999", "%box%"]
note: get(): its one row is the object; more than one is MultipleObjectsReturned; none runs the insert

INSERT INTO "SHOP_PRODUCT" ("NAME", "SKU", "DESCRIPTION", "CATEGORY_ID", "PRICE", "COST", "WEIGHT", "STOCK", "ACTIVE", "RELEASED", "CREATED")
VALUES (:1, :2, :3, :4, :5, NULL, NULL, :6, :7, NULL, :8)
params: ["Box", "SKU-9999", "", 1, Decimal("9.90"), 0, 1, datetime(2024, 1, 2, 3, 4, 5)]
run: if_none_found
note: create(), when the lookup found no row, in a savepoint: an integrity error rolls back to it and runs the lookup again; oracle cannot return the generated keys of a multi-row insert

SELECT "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."SKU", "SHOP_PRODUCT"."DESCRIPTION", "SHOP_PRODUCT"."CATEGORY_ID", "SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST", "SHOP_PRODUCT"."WEIGHT", "SHOP_PRODUCT"."STOCK", "SHOP_PRODUCT"."ACTIVE", "SHOP_PRODUCT"."RELEASED", "SHOP_PRODUCT"."CREATED"
FROM "SHOP_PRODUCT"
WHERE (
  "SHOP_PRODUCT"."ACTIVE" = :1
  AND (
    "SHOP_PRODUCT"."SKU" = :2
    AND UPPER("SHOP_PRODUCT"."NAME") LIKE UPPER(:3) ESCAPE '\'
  )
)
FETCH FIRST 21 ROWS ONLY
params: [1, "SKU-9999", "%box%"]
run: if_insert_failed
note: get() again after the insert's integrity error: its row is the object; none re-raises the error
