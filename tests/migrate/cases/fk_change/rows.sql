SELECT id, category_id, brand_id FROM shop_product ORDER BY id;
-- (1, 1, None)
-- (2, 2, None)
-- (3, 1, None)
