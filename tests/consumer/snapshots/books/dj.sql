query: Book.objects.filter(title__startswith="Dj")

[sqlite]
SELECT "library_book"."id", "library_book"."title", "library_book"."pages"
FROM "library_book"
WHERE "library_book"."title" GLOB ?
params: ["Dj*"]

[postgresql]
SELECT "library_book"."id", "library_book"."title", "library_book"."pages"
FROM "library_book"
WHERE "library_book"."title" LIKE $1
params: ["Dj%"]
