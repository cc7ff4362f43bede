INSERT INTO shop_product (id, name, qty) VALUES (1, 'Zauberberg ✓', 3), (2, '', NULL), (3, 'O''Brien', -2147483648);
