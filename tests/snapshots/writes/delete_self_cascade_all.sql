query: Category.objects.all().delete()

[sqlite]
DELETE FROM "shop_product_tags"
WHERE "shop_product_tags"."product_id" IN (
  SELECT "shop_product"."id"
  FROM "shop_product"
  WHERE "shop_product"."category_id" IN (
    SELECT "shop_categories"."id"
    FROM "shop_categories"
    WHERE "shop_categories"."id" IN (
      WITH RECURSIVE "tree"("id") AS (
        SELECT "shop_categories"."id"
        FROM "shop_categories"
        UNION
        SELECT "below"."id"
        FROM "shop_categories" "below"
        INNER JOIN "tree" ON ("below"."parent_id" = "tree"."id")
      )
      SELECT "tree"."id"
      FROM "tree"
    )
  )
)
params: []

DELETE FROM "shop_orderline"
WHERE "shop_orderline"."product_id" IN (
  SELECT "shop_product"."id"
  FROM "shop_product"
  WHERE "shop_product"."category_id" IN (
    SELECT "shop_categories"."id"
    FROM "shop_categories"
    WHERE "shop_categories"."id" IN (
      WITH RECURSIVE "tree"("id") AS (
        SELECT "shop_categories"."id"
        FROM "shop_categories"
        UNION
        SELECT "below"."id"
        FROM "shop_categories" "below"
        INNER JOIN "tree" ON ("below"."parent_id" = "tree"."id")
      )
      SELECT "tree"."id"
      FROM "tree"
    )
  )
)
params: []

DELETE FROM "shop_review"
WHERE "shop_review"."product_id" IN (
  SELECT "shop_product"."id"
  FROM "shop_product"
  WHERE "shop_product"."category_id" IN (
    SELECT "shop_categories"."id"
    FROM "shop_categories"
    WHERE "shop_categories"."id" IN (
      WITH RECURSIVE "tree"("id") AS (
        SELECT "shop_categories"."id"
        FROM "shop_categories"
        UNION
        SELECT "below"."id"
        FROM "shop_categories" "below"
        INNER JOIN "tree" ON ("below"."parent_id" = "tree"."id")
      )
      SELECT "tree"."id"
      FROM "tree"
    )
  )
)
params: []

DELETE FROM "shop_product"
WHERE "shop_product"."category_id" IN (
  SELECT "shop_categories"."id"
  FROM "shop_categories"
  WHERE "shop_categories"."id" IN (
    WITH RECURSIVE "tree"("id") AS (
      SELECT "shop_categories"."id"
      FROM "shop_categories"
      UNION
      SELECT "below"."id"
      FROM "shop_categories" "below"
      INNER JOIN "tree" ON ("below"."parent_id" = "tree"."id")
    )
    SELECT "tree"."id"
    FROM "tree"
  )
)
params: []

DELETE FROM "shop_categories"
WHERE "shop_categories"."id" IN (
  WITH RECURSIVE "tree"("id") AS (
    SELECT "shop_categories"."id"
    FROM "shop_categories"
    UNION
    SELECT "below"."id"
    FROM "shop_categories" "below"
    INNER JOIN "tree" ON ("below"."parent_id" = "tree"."id")
  )
  SELECT "tree"."id"
  FROM "tree"
)
params: []

[postgresql]
DELETE FROM "shop_product_tags"
WHERE "shop_product_tags"."product_id" IN (
  SELECT "shop_product"."id"
  FROM "shop_product"
  WHERE "shop_product"."category_id" IN (
    SELECT "shop_categories"."id"
    FROM "shop_categories"
    WHERE "shop_categories"."id" IN (
      WITH RECURSIVE "tree"("id") AS (
        SELECT "shop_categories"."id"
        FROM "shop_categories"
        UNION
        SELECT "below"."id"
        FROM "shop_categories" "below"
        INNER JOIN "tree" ON ("below"."parent_id" = "tree"."id")
      )
      SELECT "tree"."id"
      FROM "tree"
    )
  )
)
params: []

DELETE FROM "shop_orderline"
WHERE "shop_orderline"."product_id" IN (
  SELECT "shop_product"."id"
  FROM "shop_product"
  WHERE "shop_product"."category_id" IN (
    SELECT "shop_categories"."id"
    FROM "shop_categories"
    WHERE "shop_categories"."id" IN (
      WITH RECURSIVE "tree"("id") AS (
        SELECT "shop_categories"."id"
        FROM "shop_categories"
        UNION
        SELECT "below"."id"
        FROM "shop_categories" "below"
        INNER JOIN "tree" ON ("below"."parent_id" = "tree"."id")
      )
      SELECT "tree"."id"
      FROM "tree"
    )
  )
)
params: []

DELETE FROM "shop_review"
WHERE "shop_review"."product_id" IN (
  SELECT "shop_product"."id"
  FROM "shop_product"
  WHERE "shop_product"."category_id" IN (
    SELECT "shop_categories"."id"
    FROM "shop_categories"
    WHERE "shop_categories"."id" IN (
      WITH RECURSIVE "tree"("id") AS (
        SELECT "shop_categories"."id"
        FROM "shop_categories"
        UNION
        SELECT "below"."id"
        FROM "shop_categories" "below"
        INNER JOIN "tree" ON ("below"."parent_id" = "tree"."id")
      )
      SELECT "tree"."id"
      FROM "tree"
    )
  )
)
params: []

DELETE FROM "shop_product"
WHERE "shop_product"."category_id" IN (
  SELECT "shop_categories"."id"
  FROM "shop_categories"
  WHERE "shop_categories"."id" IN (
    WITH RECURSIVE "tree"("id") AS (
      SELECT "shop_categories"."id"
      FROM "shop_categories"
      UNION
      SELECT "below"."id"
      FROM "shop_categories" "below"
      INNER JOIN "tree" ON ("below"."parent_id" = "tree"."id")
    )
    SELECT "tree"."id"
    FROM "tree"
  )
)
params: []

DELETE FROM "shop_categories"
WHERE "shop_categories"."id" IN (
  WITH RECURSIVE "tree"("id") AS (
    SELECT "shop_categories"."id"
    FROM "shop_categories"
    UNION
    SELECT "below"."id"
    FROM "shop_categories" "below"
    INNER JOIN "tree" ON ("below"."parent_id" = "tree"."id")
  )
  SELECT "tree"."id"
  FROM "tree"
)
params: []

[mysql]
DELETE FROM `shop_product_tags`
WHERE `shop_product_tags`.`product_id` IN (
  SELECT *
  FROM (
    SELECT `shop_product`.`id`
    FROM `shop_product`
    WHERE `shop_product`.`category_id` IN (
      SELECT *
      FROM (
        SELECT `shop_categories`.`id`
        FROM `shop_categories`
        WHERE `shop_categories`.`id` IN (
          SELECT *
          FROM (
            WITH RECURSIVE `tree`(`id`, `depth`) AS (
              SELECT `shop_categories`.`id`, 0
              FROM `shop_categories`
              UNION ALL
              SELECT `below`.`id`, `tree`.`depth` + 1
              FROM `shop_categories` `below`
              INNER JOIN `tree` ON (`below`.`parent_id` = `tree`.`id`)
              WHERE `tree`.`depth` < (
                SELECT COUNT(*)
                FROM `shop_categories`
              )
            )
            SELECT `tree`.`id`
            FROM `tree`
          ) subquery
        )
      ) subquery
    )
  ) subquery
)
params: []

DELETE FROM `shop_orderline`
WHERE `shop_orderline`.`product_id` IN (
  SELECT *
  FROM (
    SELECT `shop_product`.`id`
    FROM `shop_product`
    WHERE `shop_product`.`category_id` IN (
      SELECT *
      FROM (
        SELECT `shop_categories`.`id`
        FROM `shop_categories`
        WHERE `shop_categories`.`id` IN (
          SELECT *
          FROM (
            WITH RECURSIVE `tree`(`id`, `depth`) AS (
              SELECT `shop_categories`.`id`, 0
              FROM `shop_categories`
              UNION ALL
              SELECT `below`.`id`, `tree`.`depth` + 1
              FROM `shop_categories` `below`
              INNER JOIN `tree` ON (`below`.`parent_id` = `tree`.`id`)
              WHERE `tree`.`depth` < (
                SELECT COUNT(*)
                FROM `shop_categories`
              )
            )
            SELECT `tree`.`id`
            FROM `tree`
          ) subquery
        )
      ) subquery
    )
  ) subquery
)
params: []

DELETE FROM `shop_review`
WHERE `shop_review`.`product_id` IN (
  SELECT *
  FROM (
    SELECT `shop_product`.`id`
    FROM `shop_product`
    WHERE `shop_product`.`category_id` IN (
      SELECT *
      FROM (
        SELECT `shop_categories`.`id`
        FROM `shop_categories`
        WHERE `shop_categories`.`id` IN (
          SELECT *
          FROM (
            WITH RECURSIVE `tree`(`id`, `depth`) AS (
              SELECT `shop_categories`.`id`, 0
              FROM `shop_categories`
              UNION ALL
              SELECT `below`.`id`, `tree`.`depth` + 1
              FROM `shop_categories` `below`
              INNER JOIN `tree` ON (`below`.`parent_id` = `tree`.`id`)
              WHERE `tree`.`depth` < (
                SELECT COUNT(*)
                FROM `shop_categories`
              )
            )
            SELECT `tree`.`id`
            FROM `tree`
          ) subquery
        )
      ) subquery
    )
  ) subquery
)
params: []

DELETE FROM `shop_product`
WHERE `shop_product`.`category_id` IN (
  SELECT *
  FROM (
    SELECT `shop_categories`.`id`
    FROM `shop_categories`
    WHERE `shop_categories`.`id` IN (
      SELECT *
      FROM (
        WITH RECURSIVE `tree`(`id`, `depth`) AS (
          SELECT `shop_categories`.`id`, 0
          FROM `shop_categories`
          UNION ALL
          SELECT `below`.`id`, `tree`.`depth` + 1
          FROM `shop_categories` `below`
          INNER JOIN `tree` ON (`below`.`parent_id` = `tree`.`id`)
          WHERE `tree`.`depth` < (
            SELECT COUNT(*)
            FROM `shop_categories`
          )
        )
        SELECT `tree`.`id`
        FROM `tree`
      ) subquery
    )
  ) subquery
)
params: []

DELETE FROM `shop_categories`
WHERE `shop_categories`.`id` IN (
  SELECT *
  FROM (
    WITH RECURSIVE `tree`(`id`, `depth`) AS (
      SELECT `shop_categories`.`id`, 0
      FROM `shop_categories`
      UNION ALL
      SELECT `below`.`id`, `tree`.`depth` + 1
      FROM `shop_categories` `below`
      INNER JOIN `tree` ON (`below`.`parent_id` = `tree`.`id`)
      WHERE `tree`.`depth` < (
        SELECT COUNT(*)
        FROM `shop_categories`
      )
    )
    SELECT `tree`.`id`
    FROM `tree`
  ) subquery
)
ORDER BY (
  WITH RECURSIVE `tree`(`id`, `depth`) AS (
    SELECT `shop_categories`.`id`, 0
    FROM `shop_categories`
    UNION ALL
    SELECT `below`.`id`, `tree`.`depth` + 1
    FROM `shop_categories` `below`
    INNER JOIN `tree` ON (`below`.`parent_id` = `tree`.`id`)
    WHERE `tree`.`depth` < (
      SELECT COUNT(*)
      FROM `shop_categories`
    )
  )
  SELECT MAX(`tree`.`depth`)
  FROM `tree`
  WHERE `tree`.`id` = `shop_categories`.`id`
) DESC
params: []

[oracle]
DELETE FROM "SHOP_PRODUCT_TAGS"
WHERE "SHOP_PRODUCT_TAGS"."PRODUCT_ID" IN (
  SELECT "SHOP_PRODUCT"."ID"
  FROM "SHOP_PRODUCT"
  WHERE "SHOP_PRODUCT"."CATEGORY_ID" IN (
    SELECT "SHOP_CATEGORIES"."ID"
    FROM "SHOP_CATEGORIES"
    WHERE "SHOP_CATEGORIES"."ID" IN (
      SELECT "SHOP_CATEGORIES"."ID"
      FROM "SHOP_CATEGORIES" START WITH 1 = 1 CONNECT BY NOCYCLE PRIOR "ID" = "PARENT_ID"
    )
  )
)
params: []

DELETE FROM "SHOP_ORDERLINE"
WHERE "SHOP_ORDERLINE"."PRODUCT_ID" IN (
  SELECT "SHOP_PRODUCT"."ID"
  FROM "SHOP_PRODUCT"
  WHERE "SHOP_PRODUCT"."CATEGORY_ID" IN (
    SELECT "SHOP_CATEGORIES"."ID"
    FROM "SHOP_CATEGORIES"
    WHERE "SHOP_CATEGORIES"."ID" IN (
      SELECT "SHOP_CATEGORIES"."ID"
      FROM "SHOP_CATEGORIES" START WITH 1 = 1 CONNECT BY NOCYCLE PRIOR "ID" = "PARENT_ID"
    )
  )
)
params: []

DELETE FROM "SHOP_REVIEW"
WHERE "SHOP_REVIEW"."PRODUCT_ID" IN (
  SELECT "SHOP_PRODUCT"."ID"
  FROM "SHOP_PRODUCT"
  WHERE "SHOP_PRODUCT"."CATEGORY_ID" IN (
    SELECT "SHOP_CATEGORIES"."ID"
    FROM "SHOP_CATEGORIES"
    WHERE "SHOP_CATEGORIES"."ID" IN (
      SELECT "SHOP_CATEGORIES"."ID"
      FROM "SHOP_CATEGORIES" START WITH 1 = 1 CONNECT BY NOCYCLE PRIOR "ID" = "PARENT_ID"
    )
  )
)
params: []

DELETE FROM "SHOP_PRODUCT"
WHERE "SHOP_PRODUCT"."CATEGORY_ID" IN (
  SELECT "SHOP_CATEGORIES"."ID"
  FROM "SHOP_CATEGORIES"
  WHERE "SHOP_CATEGORIES"."ID" IN (
    SELECT "SHOP_CATEGORIES"."ID"
    FROM "SHOP_CATEGORIES" START WITH 1 = 1 CONNECT BY NOCYCLE PRIOR "ID" = "PARENT_ID"
  )
)
params: []

DELETE FROM "SHOP_CATEGORIES"
WHERE "SHOP_CATEGORIES"."ID" IN (
  SELECT "SHOP_CATEGORIES"."ID"
  FROM "SHOP_CATEGORIES" START WITH 1 = 1 CONNECT BY NOCYCLE PRIOR "ID" = "PARENT_ID"
)
params: []
