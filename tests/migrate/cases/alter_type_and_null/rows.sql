SELECT id, name, qty FROM shop_product ORDER BY id;
-- (1, 'Zauberberg ✓', 3)
-- (2, '', 0)
-- (3, "O'Brien", -2147483648)
