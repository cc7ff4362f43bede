-- Event.objects.annotate(a=KeyTransform("a", "data")).filter(a=2).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE JSON_EXTRACT("ev_event"."data", ?) = JSON_EXTRACT(?, '$')
-- params: ["$.\"a\"", "2"]
