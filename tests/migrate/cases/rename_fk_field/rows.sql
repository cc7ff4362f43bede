SELECT id, section_id FROM shop_product ORDER BY id;
-- (1, 1)
-- (2, 2)
-- (3, 1)
