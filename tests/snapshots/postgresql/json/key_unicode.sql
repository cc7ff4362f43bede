-- Event.objects.annotate(k=KeyTextTransform("ünï", "data")).filter(k="ç").values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE ("ev_event"."data" ->> $1) = $2
-- params: ["ünï", "\"\\u00e7\""]
