INSERT INTO shop_tag (id, label) VALUES (1, 'a'), (2, 'b');
INSERT INTO shop_label (id, text) VALUES (1, 'Bücher ✓'), (2, '');
INSERT INTO shop_product (id, name) VALUES (1, 'Zauberberg'), (2, 'O''Brien');
INSERT INTO shop_product_tags (id, product_id, tag_id) VALUES (1, 1, 1), (2, 1, 2), (5, 2, 2);
