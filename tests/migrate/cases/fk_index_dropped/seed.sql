INSERT INTO shop_category (id, name) VALUES (1, 'Bücher'), (2, '');
INSERT INTO shop_product (id, name, category_id) VALUES (1, 'Zauberberg ✓', 1), (2, '', 2);
