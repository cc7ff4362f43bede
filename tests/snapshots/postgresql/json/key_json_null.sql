-- Event.objects.filter(data__a=None).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE ("ev_event"."data" -> $1) = $2
-- params: ["a", "null"]
