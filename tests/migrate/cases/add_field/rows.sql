SELECT id, name, stock, note, code, active FROM shop_product ORDER BY id;
-- (1, 'Zauberberg ✓', 7, '', None, 1)
-- (2, '', 7, '', None, 1)
-- (3, "O'Brien", 7, '', None, 1)
