-- Event.objects.annotate(k=KeyTransform('quo"te', "data")).filter(k__gte=3).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE JSON_EXTRACT("ev_event"."data", ?) >= ?
-- params: ["$.\"quo\\\"te\"", 3]
