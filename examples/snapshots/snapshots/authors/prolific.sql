query: Author.objects.annotate(n=Count("books")).filter(n__gte=3).order_by("-n", "name")

[sqlite]
SELECT "library_author"."id", "library_author"."name", "library_author"."country", "library_author"."born", COUNT("library_book"."id") AS "n"
FROM "library_author"
LEFT OUTER JOIN "library_book" ON ("library_author"."id" = "library_book"."author_id")
GROUP BY "library_author"."id", "library_author"."name", "library_author"."country", "library_author"."born"
HAVING COUNT("library_book"."id") >= ?
ORDER BY "n" DESC, "library_author"."name" ASC
params: [3]

[postgresql]
SELECT "library_author"."id", "library_author"."name", "library_author"."country", "library_author"."born", COUNT("library_book"."id") AS "n"
FROM "library_author"
LEFT OUTER JOIN "library_book" ON ("library_author"."id" = "library_book"."author_id")
GROUP BY "library_author"."id", "library_author"."name", "library_author"."country", "library_author"."born"
HAVING COUNT("library_book"."id") >= $1
ORDER BY "n" DESC, "library_author"."name" ASC
params: [3]

[mysql]
SELECT `library_author`.`id`, `library_author`.`name`, `library_author`.`country`, `library_author`.`born`, COUNT(`library_book`.`id`) AS `n`
FROM `library_author`
LEFT OUTER JOIN `library_book` ON (`library_author`.`id` = `library_book`.`author_id`)
GROUP BY `library_author`.`id`
HAVING COUNT(`library_book`.`id`) >= ?
ORDER BY `n` DESC, `library_author`.`name` ASC
params: [3]

[oracle]
SELECT "LIBRARY_AUTHOR"."ID", "LIBRARY_AUTHOR"."NAME", "LIBRARY_AUTHOR"."COUNTRY", "LIBRARY_AUTHOR"."BORN", COUNT("LIBRARY_BOOK"."ID") AS "N"
FROM "LIBRARY_AUTHOR"
LEFT OUTER JOIN "LIBRARY_BOOK" ON ("LIBRARY_AUTHOR"."ID" = "LIBRARY_BOOK"."AUTHOR_ID")
GROUP BY "LIBRARY_AUTHOR"."ID", "LIBRARY_AUTHOR"."NAME", "LIBRARY_AUTHOR"."COUNTRY", "LIBRARY_AUTHOR"."BORN"
HAVING COUNT("LIBRARY_BOOK"."ID") >= :1
ORDER BY "N" DESC, "LIBRARY_AUTHOR"."NAME" ASC
params: [3]
