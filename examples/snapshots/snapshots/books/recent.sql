query: Book.objects.filter(published__year__gte=2020).order_by("-published")[:10]

[sqlite]
SELECT "library_book"."id", "library_book"."title", "library_book"."author_id", "library_book"."pages", "library_book"."chapters", "library_book"."published", "library_book"."price"
FROM "library_book"
WHERE "library_book"."published" >= ?
ORDER BY "library_book"."published" DESC
LIMIT 10
params: [date(2020, 1, 1)]

[postgresql]
SELECT "library_book"."id", "library_book"."title", "library_book"."author_id", "library_book"."pages", "library_book"."chapters", "library_book"."published", "library_book"."price"
FROM "library_book"
WHERE "library_book"."published" >= $1
ORDER BY "library_book"."published" DESC
LIMIT 10
params: [date(2020, 1, 1)]

[mysql]
SELECT `library_book`.`id`, `library_book`.`title`, `library_book`.`author_id`, `library_book`.`pages`, `library_book`.`chapters`, `library_book`.`published`, `library_book`.`price`
FROM `library_book`
WHERE `library_book`.`published` >= ?
ORDER BY `library_book`.`published` DESC
LIMIT 10
params: [date(2020, 1, 1)]

[oracle]
SELECT "LIBRARY_BOOK"."ID", "LIBRARY_BOOK"."TITLE", "LIBRARY_BOOK"."AUTHOR_ID", "LIBRARY_BOOK"."PAGES", "LIBRARY_BOOK"."CHAPTERS", "LIBRARY_BOOK"."PUBLISHED", "LIBRARY_BOOK"."PRICE"
FROM "LIBRARY_BOOK"
WHERE "LIBRARY_BOOK"."PUBLISHED" >= :1
ORDER BY "LIBRARY_BOOK"."PUBLISHED" DESC
FETCH FIRST 10 ROWS ONLY
params: [date(2020, 1, 1)]
