-- Event.objects.filter(Q(data__a=2) | Q(data__name="ann")).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE (("ev_event"."data" -> $1) = $2 OR ("ev_event"."data" -> $3) = $4)
-- params: ["a", "2", "name", "\"ann\""]
