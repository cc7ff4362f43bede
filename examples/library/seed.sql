-- Seed data for the demo (SQLite), loaded after `sqlweave ddl --dialect sqlite`.
INSERT INTO "library_author" ("id", "name", "country", "born") VALUES
  (1, 'Adrian Holovaty', 'US', '1981-01-01'),
  (2, 'Jacob Kaplan-Moss', 'US', NULL),
  (3, 'Anonymous', '', NULL),
  (4, 'Daniele Procida', 'GB', NULL),
  (5, 'Carlton Gibson', 'ES', NULL);
INSERT INTO "library_tag" ("id", "name") VALUES (1, 'python'), (2, 'web'), (3, 'databases'), (4, 'beginner');
INSERT INTO "library_book" ("id", "title", "author_id", "pages", "chapters", "published", "price") VALUES
  (1, 'The Definitive Guide to Django', 1, 447, 20, '2009-07-01', 39.99),
  (2, 'Django for Professionals', 2, 312, 16, '2019-03-12', 29.50),
  (3, 'Two Scoops of Django', 3, 532, 37, '2020-05-01', 49.95),
  (4, 'Practical SQL', 4, 390, 8, '2018-06-18', 31.00),
  (5, 'Test-Driven Development with Python', 5, 624, 27, '2017-08-29', 44.00),
  (6, 'Lightweight Django', 2, 246, 10, '2014-11-01', 24.99),
  (7, 'SQL Antipatterns', 4, 352, 7, '2010-07-01', 34.95);
INSERT INTO "library_book_tags" ("book_id", "tag_id") VALUES
  (1, 1), (1, 2), (2, 1), (2, 2), (3, 1), (3, 2), (3, 4), (4, 3), (4, 4), (5, 1), (6, 2), (7, 3);
INSERT INTO "library_review" ("book_id", "rating", "comment", "created") VALUES
  (1, 5, 'A classic.', '2010-02-01 10:00:00'),
  (2, 4, 'Solid.', '2019-05-02 12:30:00'),
  (3, 5, '', '2020-06-10 08:15:00'),
  (4, 3, 'Good examples.', '2018-09-09 19:45:00'),
  (7, 5, 'Eye-opening.', '2011-01-20 07:05:00');
