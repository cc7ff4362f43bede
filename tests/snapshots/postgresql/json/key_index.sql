-- Event.objects.filter(data__0=1).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE ("ev_event"."data" -> $1) = $2
-- params: [0, "1"]
