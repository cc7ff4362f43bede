-- Event.objects.annotate(k=KeyTransform('quo"te', "data")).filter(k__gte=3).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE ("ev_event"."data" -> $1) >= $2
-- params: ["quo\"te", "3"]
