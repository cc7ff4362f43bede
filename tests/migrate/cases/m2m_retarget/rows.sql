SELECT id, product_id, label_id FROM shop_product_tags ORDER BY id;
-- (1, 1, 1)
-- (2, 1, 2)
-- (5, 2, 2)
