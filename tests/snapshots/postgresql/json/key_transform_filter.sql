-- Event.objects.annotate(a=KeyTransform("a", "data")).filter(a=2).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE ("ev_event"."data" -> $1) = $2
-- params: ["a", "2"]
