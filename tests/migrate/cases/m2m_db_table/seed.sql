INSERT INTO shop_category (id, name) VALUES (1, 'Bücher');
INSERT INTO shop_product (id, name, price, category_id) VALUES (1, 'Zauberberg ✓', 12.50, 1), (2, '', NULL, 1);
INSERT INTO shop_tag (id, label) VALUES (1, 'roman'), (2, 'ü');
INSERT INTO shop_product_tags (id, product_id, tag_id) VALUES (1, 1, 1), (2, 1, 2), (3, 2, 2);
