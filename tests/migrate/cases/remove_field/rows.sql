SELECT id, name, category_id FROM shop_product ORDER BY id;
-- (1, 'Zauberberg ✓', 1)
-- (2, '', 2)
-- (3, "O'Brien", 1)
