-- Event.objects.filter(data__tags=["blue"]).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE JSON_EXTRACT("ev_event"."data", ?) = JSON_EXTRACT(?, '$')
-- params: ["$.\"tags\"", "[\"blue\"]"]
