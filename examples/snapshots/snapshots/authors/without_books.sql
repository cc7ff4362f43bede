query: Author.objects.filter(~Exists(Book.objects.filter(author=OuterRef("pk"))))

[sqlite]
SELECT "library_author"."id", "library_author"."name", "library_author"."country", "library_author"."born"
FROM "library_author"
WHERE NOT EXISTS(
  SELECT 1 AS "a"
  FROM "library_book" "U0"
  WHERE "U0"."author_id" = "library_author"."id"
)
params: []

[postgresql]
SELECT "library_author"."id", "library_author"."name", "library_author"."country", "library_author"."born"
FROM "library_author"
WHERE NOT EXISTS(
  SELECT 1 AS "a"
  FROM "library_book" "U0"
  WHERE "U0"."author_id" = "library_author"."id"
)
params: []

[mysql]
SELECT `library_author`.`id`, `library_author`.`name`, `library_author`.`country`, `library_author`.`born`
FROM `library_author`
WHERE NOT EXISTS(
  SELECT 1 AS `a`
  FROM `library_book` `U0`
  WHERE `U0`.`author_id` = `library_author`.`id`
)
params: []

[oracle]
SELECT "LIBRARY_AUTHOR"."ID", "LIBRARY_AUTHOR"."NAME", "LIBRARY_AUTHOR"."COUNTRY", "LIBRARY_AUTHOR"."BORN"
FROM "LIBRARY_AUTHOR"
WHERE NOT EXISTS(
  SELECT 1 AS "A"
  FROM "LIBRARY_BOOK" "U0"
  WHERE "U0"."AUTHOR_ID" = "LIBRARY_AUTHOR"."ID"
)
params: []
