[sqlite]
BEGIN

CREATE INDEX "rate_cheap" ON "shop_price" ("rate") WHERE NOT ("amount" IN ('9.9'))

CREATE TABLE "new__shop_price" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "amount" decimal NOT NULL, "rate" decimal NULL, CONSTRAINT "amount_listed" CHECK ("amount" IN ('1.5', '2', '10')))

INSERT INTO "new__shop_price" ("id", "amount", "rate") SELECT "id", "amount", "rate" FROM "shop_price"

DROP TABLE "shop_price"

ALTER TABLE "new__shop_price" RENAME TO "shop_price"

CREATE INDEX "rate_cheap" ON "shop_price" ("rate") WHERE NOT ("amount" IN ('9.9'))

CREATE UNIQUE INDEX "one_rate_each" ON "shop_price" ("amount") WHERE "rate" IN ('0.5', '1')

COMMIT

[postgresql]
BEGIN

CREATE INDEX "rate_cheap" ON "shop_price" ("rate") WHERE NOT ("amount" IN (9.9))

ALTER TABLE "shop_price" ADD CONSTRAINT "amount_listed" CHECK ("amount" IN (1.5, 2, 10))

CREATE UNIQUE INDEX "one_rate_each" ON "shop_price" ("amount") WHERE "rate" IN (0.5, 1)

COMMIT

[mysql]
CREATE INDEX `rate_cheap` ON `shop_price` (`rate`)

ALTER TABLE `shop_price` ADD CONSTRAINT `amount_listed` CHECK (`amount` IN (1.5, 2, 10))

[oracle]
CREATE INDEX "RATE_CHEAP" ON "SHOP_PRICE" ("RATE")

ALTER TABLE "SHOP_PRICE" ADD CONSTRAINT "AMOUNT_LISTED" CHECK ("AMOUNT" IN (1.5, 2, 10))
