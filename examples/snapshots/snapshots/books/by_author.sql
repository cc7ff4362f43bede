query: Book.objects.filter(author__name__icontains="le guin").values("title", "price")

[sqlite]
SELECT "library_book"."title", "library_book"."price"
FROM "library_book"
INNER JOIN "library_author" ON ("library_book"."author_id" = "library_author"."id")
WHERE "library_author"."name" LIKE ? ESCAPE '\'
ORDER BY "library_book"."title" ASC
params: ["%le guin%"]

[postgresql]
SELECT "library_book"."title", "library_book"."price"
FROM "library_book"
INNER JOIN "library_author" ON ("library_book"."author_id" = "library_author"."id")
WHERE UPPER("library_author"."name") LIKE UPPER($1)
ORDER BY "library_book"."title" ASC
params: ["%le guin%"]

[mysql]
SELECT `library_book`.`title`, `library_book`.`price`
FROM `library_book`
INNER JOIN `library_author` ON (`library_book`.`author_id` = `library_author`.`id`)
WHERE `library_author`.`name` LIKE ?
ORDER BY `library_book`.`title` ASC
params: ["%le guin%"]

[oracle]
SELECT "LIBRARY_BOOK"."TITLE", "LIBRARY_BOOK"."PRICE"
FROM "LIBRARY_BOOK"
INNER JOIN "LIBRARY_AUTHOR" ON ("LIBRARY_BOOK"."AUTHOR_ID" = "LIBRARY_AUTHOR"."ID")
WHERE UPPER("LIBRARY_AUTHOR"."NAME") LIKE UPPER(:1) ESCAPE '\'
ORDER BY "LIBRARY_BOOK"."TITLE" ASC
params: ["%le guin%"]
