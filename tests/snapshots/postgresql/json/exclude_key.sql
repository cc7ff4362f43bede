-- Event.objects.exclude(data__a=1).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE NOT (("ev_event"."data" -> $1) = $2)
-- params: ["a", "1"]
