-- Product.objects.bulk_update([Product(id=1, stock=3, price=Decimal("1.50")), Product(id=2, stock=F("stock") - 1, price=Decimal("2.00"))], ["stock", "price"])
UPDATE "shop_product" SET "stock" = CASE WHEN "shop_product"."id" = ? THEN ? WHEN "shop_product"."id" = ? THEN ("shop_product"."stock" - ?) END, "price" = CASE WHEN "shop_product"."id" = ? THEN CAST(? AS NUMERIC) WHEN "shop_product"."id" = ? THEN CAST(? AS NUMERIC) END WHERE "shop_product"."id" IN (?, ?)
-- params: [1, 3, 2, 1, 1, "1.50", 2, "2.00", 1, 2]
