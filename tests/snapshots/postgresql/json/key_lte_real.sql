-- Event.objects.filter(data__price__lte=11).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE ("ev_event"."data" -> $1) <= $2
-- params: ["price", "11"]
