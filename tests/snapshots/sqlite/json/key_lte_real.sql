-- Event.objects.filter(data__price__lte=11).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE JSON_EXTRACT("ev_event"."data", ?) <= ?
-- params: ["$.\"price\"", 11]
