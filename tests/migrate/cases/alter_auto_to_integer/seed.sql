INSERT INTO "shop_author" ("id", "name") VALUES (1, 'Ada ✓'), (2147483647, '');
INSERT INTO "shop_book" ("id", "title", "author_id") VALUES (1, 'One', 1), (2, '', 2147483647);
