SELECT id, name, price FROM shop_product ORDER BY id;
-- (1, 'Zauberberg ✓', 12.5)
-- (2, '', None)
-- (3, "O'Brien", 999999.99)
