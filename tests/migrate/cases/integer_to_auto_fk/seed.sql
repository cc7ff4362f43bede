INSERT INTO shop_author (id, name) VALUES (3, 'Mann ✓'), (40, '');
INSERT INTO shop_book (id, title, author_id) VALUES (1, 'Zauberberg', 3), (2, 'O''Brien', 40), (3, '', 3);
