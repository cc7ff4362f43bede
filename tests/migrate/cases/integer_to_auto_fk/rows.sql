SELECT b.id, b.title, a.name FROM shop_book b JOIN shop_author a ON a.id = b.author_id ORDER BY b.id;
-- (1, 'Zauberberg', 'Mann ✓')
-- (2, "O'Brien", '')
-- (3, '', 'Mann ✓')
