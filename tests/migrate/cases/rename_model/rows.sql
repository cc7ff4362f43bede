SELECT id, name FROM shop_section ORDER BY id;
-- (1, 'Bücher')
-- (2, '')
