query: Product.objects.create(name="Box", sku="SKU-9999", category_id=1, price=Decimal("9.90"), created=datetime(2024, 1, 2, 3, 4, 5))

[sqlite]
INSERT INTO "shop_product" ("name", "sku", "description", "category_id", "price", "cost", "weight", "stock", "active", "released", "created")
VALUES (?, ?, ?, ?, CAST(? AS NUMERIC), NULL, NULL, ?, ?, NULL, ?)
RETURNING "id"
params: ["Box", "SKU-9999", "", 1, Decimal("9.90"), 0, True, datetime(2024, 1, 2, 3, 4, 5)]

[postgresql]
INSERT INTO "shop_product" ("name", "sku", "description", "category_id", "price", "cost", "weight", "stock", "active", "released", "created")
VALUES ($1, $2, $3, $4, $5, NULL, NULL, $6, $7, NULL, $8)
RETURNING "id"
params: ["Box", "SKU-9999", "", 1, Decimal("9.90"), 0, True, datetime(2024, 1, 2, 3, 4, 5)]

[mysql]
INSERT INTO `shop_product` (`name`, `sku`, `description`, `category_id`, `price`, `cost`, `weight`, `stock`, `active`, `released`, `created`)
VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, ?, NULL, ?)
params: ["Box", "SKU-9999", "", 1, Decimal("9.90"), 0, True, datetime(2024, 1, 2, 3, 4, 5)]
note: mysql cannot return the generated keys of a multi-row insert

[oracle]
INSERT INTO "SHOP_PRODUCT" ("NAME", "SKU", "DESCRIPTION", "CATEGORY_ID", "PRICE", "COST", "WEIGHT", "STOCK", "ACTIVE", "RELEASED", "CREATED")
VALUES (:1, :2, :3, :4, :5, NULL, NULL, :6, :7, NULL, :8)
params: ["Box", "SKU-9999", "", 1, Decimal("9.90"), 0, 1, datetime(2024, 1, 2, 3, 4, 5)]
note: oracle cannot return the generated keys of a multi-row insert
