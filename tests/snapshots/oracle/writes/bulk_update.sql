-- Product.objects.bulk_update([Product(id=1, stock=3, price=Decimal("1.50")), Product(id=2, stock=F("stock") - 1, price=Decimal("2.00"))], ["stock", "price"])
UPDATE "SHOP_PRODUCT" SET "STOCK" = CASE WHEN "SHOP_PRODUCT"."ID" = :1 THEN :2 WHEN "SHOP_PRODUCT"."ID" = :3 THEN ("SHOP_PRODUCT"."STOCK" - :4) END, "PRICE" = CASE WHEN "SHOP_PRODUCT"."ID" = :5 THEN :6 WHEN "SHOP_PRODUCT"."ID" = :7 THEN :8 END WHERE "SHOP_PRODUCT"."ID" IN (:9, :10)
-- params: [1, 3, 2, 1, 1, "1.50", 2, "2.00", 1, 2]
