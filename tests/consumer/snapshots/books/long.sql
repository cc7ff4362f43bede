query: Book.objects.filter(pages__gt=500).count()

[sqlite]
SELECT COUNT(*) AS "__count"
FROM "library_book"
WHERE "library_book"."pages" > ?
params: [500]

[postgresql]
SELECT COUNT(*) AS "__count"
FROM "library_book"
WHERE "library_book"."pages" > $1
params: [500]
