query: Product.objects.filter(category__name="Phones").update(active=False, cost=None)

[sqlite]
UPDATE "shop_product"
SET "active" = ?, "cost" = NULL
WHERE "shop_product"."id" IN (
  SELECT "U0"."id"
  FROM "shop_product" "U0"
  INNER JOIN "shop_categories" "U1" ON ("U0"."category_id" = "U1"."id")
  WHERE "U1"."name" = ?
)
params: [False, "Phones"]

[postgresql]
UPDATE "shop_product"
SET "active" = $1, "cost" = NULL
WHERE "shop_product"."id" IN (
  SELECT "U0"."id"
  FROM "shop_product" "U0"
  INNER JOIN "shop_categories" "U1" ON ("U0"."category_id" = "U1"."id")
  WHERE "U1"."name" = $2
)
params: [False, "Phones"]

[mysql]
UPDATE `shop_product`
SET `active` = ?, `cost` = NULL
WHERE `shop_product`.`id` IN (
  SELECT *
  FROM (
    SELECT `U0`.`id`
    FROM `shop_product` `U0`
    INNER JOIN `shop_categories` `U1` ON (`U0`.`category_id` = `U1`.`id`)
    WHERE `U1`.`name` = BINARY ?
  ) subquery
)
params: [False, "Phones"]

[oracle]
UPDATE "SHOP_PRODUCT"
SET "ACTIVE" = :1, "COST" = NULL
WHERE "SHOP_PRODUCT"."ID" IN (
  SELECT "U0"."ID"
  FROM "SHOP_PRODUCT" "U0"
  INNER JOIN "SHOP_CATEGORIES" "U1" ON ("U0"."CATEGORY_ID" = "U1"."ID")
  WHERE "U1"."NAME" = :2
)
params: [0, "Phones"]
