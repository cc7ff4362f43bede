-- Event.objects.filter(data__tags__contains=["blue"]).count()
SELECT COUNT(*) AS "__count" FROM "ev_event" WHERE ("ev_event"."data" -> $1) @> $2
-- params: ["tags", "[\"blue\"]"]
