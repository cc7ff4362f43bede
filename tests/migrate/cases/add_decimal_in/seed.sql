INSERT INTO "shop_price" ("id", "amount", "rate") VALUES (1, 1.5, 0.5), (2, 2, NULL), (3, 10, 1);
