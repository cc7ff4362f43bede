SELECT id, title FROM shop_ticket ORDER BY id;
-- (7, 'sieben ✓')
-- (100, '')
-- (2147483647, "O'Brien")
