-- Event.objects.filter(data__a__isnull=True).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE ("ev_event"."data" -> $1) IS NULL
-- params: ["a"]
