-- Product.objects.create(name="Box", sku="SKU-9999", category_id=1, price=Decimal("9.90"), created=datetime(2024, 1, 2, 3, 4, 5))
INSERT INTO "SHOP_PRODUCT" ("NAME", "SKU", "DESCRIPTION", "CATEGORY_ID", "PRICE", "COST", "WEIGHT", "STOCK", "ACTIVE", "RELEASED", "CREATED") VALUES (:1, :2, :3, :4, :5, NULL, NULL, :6, :7, NULL, :8)
-- params: ["Box", "SKU-9999", "", 1, "9.90", 0, 1, "2024-01-02 03:04:05"]
