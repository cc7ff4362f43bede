INSERT INTO shop_category (id, name) VALUES (1, 'Bücher'), (2, '');
INSERT INTO shop_product (id, name, price, category_id) VALUES
  (1, 'Zauberberg ✓', 12.50, 1), (2, '', NULL, 2), (3, 'O''Brien', 999999.99, 1);
INSERT INTO shop_tag (id, label) VALUES (1, 'x');
INSERT INTO shop_product_tags (product_id, tag_id) VALUES (1, 1);
