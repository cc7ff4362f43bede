query: Order.objects.filter(discount__isnull=True).update(discount=Coalesce("discount", Value(Decimal("0.00"))))

[sqlite]
UPDATE "shop_order"
SET "discount" = COALESCE("shop_order"."discount", CAST(? AS NUMERIC))
WHERE "shop_order"."discount" IS NULL
params: [Decimal("0.00")]

[postgresql]
UPDATE "shop_order"
SET "discount" = COALESCE("shop_order"."discount", $1)
WHERE "shop_order"."discount" IS NULL
params: [Decimal("0.00")]

[mysql]
UPDATE `shop_order`
SET `discount` = COALESCE(`shop_order`.`discount`, ?)
WHERE `shop_order`.`discount` IS NULL
params: [Decimal("0.00")]

[oracle]
UPDATE "SHOP_ORDER"
SET "DISCOUNT" = COALESCE("SHOP_ORDER"."DISCOUNT", :1)
WHERE "SHOP_ORDER"."DISCOUNT" IS NULL
params: [Decimal("0.00")]
