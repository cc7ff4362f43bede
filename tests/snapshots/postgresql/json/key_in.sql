-- Event.objects.filter(data__a__in=[1, 2, "1"]).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE ("ev_event"."data" -> $1) IN ($2, $3, $4)
-- params: ["a", "1", "2", "\"1\""]
