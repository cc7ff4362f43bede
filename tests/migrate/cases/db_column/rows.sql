SELECT id, label FROM shop_product ORDER BY id;
-- (1, 'Zauberberg ✓')
-- (2, '')
-- (3, "O'Brien")
