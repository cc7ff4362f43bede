-- Product.objects.create(name="Box", sku="SKU-9999", category_id=1, price=Decimal("9.90"), created=datetime(2024, 1, 2, 3, 4, 5))
INSERT INTO "shop_product" ("name", "sku", "description", "category_id", "price", "cost", "weight", "stock", "active", "released", "created") VALUES ($1, $2, $3, $4, $5, NULL, NULL, $6, $7, NULL, $8) RETURNING "id"
-- params: ["Box", "SKU-9999", "", 1, "9.90", 0, true, "2024-01-02 03:04:05"]
