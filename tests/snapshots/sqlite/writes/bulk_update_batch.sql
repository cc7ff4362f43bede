-- Product.objects.bulk_update([Product(id=1, stock=3), Product(id=2, stock=4), Product(id=3, stock=5)], ["stock"], batch_size=2)
UPDATE "shop_product" SET "stock" = CASE WHEN "shop_product"."id" = ? THEN ? WHEN "shop_product"."id" = ? THEN ? END WHERE "shop_product"."id" IN (?, ?)
-- params: [1, 3, 2, 4, 1, 2]

UPDATE "shop_product" SET "stock" = CASE WHEN "shop_product"."id" = ? THEN ? END WHERE "shop_product"."id" IN (?)
-- params: [3, 5, 3]
