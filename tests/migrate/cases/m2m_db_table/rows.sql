SELECT id, product_id, tag_id FROM shop_product_labels ORDER BY id;
-- (1, 1, 1)
-- (2, 1, 2)
-- (3, 2, 2)
