-- Event.objects.filter(data__a__isnull=False).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE ("ev_event"."data" -> $1) IS NOT NULL
-- params: ["a"]
