SELECT id, name FROM shop_category ORDER BY id;
-- (1, 'Bücher')
-- (2, '')
