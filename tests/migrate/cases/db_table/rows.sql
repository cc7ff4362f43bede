SELECT id, name FROM categories ORDER BY id;
-- (1, 'Bücher')
-- (2, '')
