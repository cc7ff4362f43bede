INSERT INTO shop_category (id, name) VALUES (1, 'Bücher'), (2, '');
INSERT INTO shop_product (id, name, price, category_id) VALUES
  (1, 'Zauberberg ✓', 12.50, 1), (2, '', NULL, 2), (3, 'O''Brien', 999999.99, 1);
