INSERT INTO shop_ticket (id, title) VALUES (7, 'sieben ✓'), (100, ''), (2147483647, 'O''Brien');
