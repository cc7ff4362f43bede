SELECT id, price FROM shop_product ORDER BY id;
-- (1, 12.5)
-- (2, 0.5)
-- (3, 999999.99)
