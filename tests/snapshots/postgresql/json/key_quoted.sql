-- Event.objects.annotate(k=KeyTransform("with space", "data")).filter(k=True).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE ("ev_event"."data" -> $1) = $2
-- params: ["with space", "true"]
