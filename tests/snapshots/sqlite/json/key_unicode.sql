-- Event.objects.annotate(k=KeyTextTransform("ünï", "data")).filter(k="ç").values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE JSON_EXTRACT("ev_event"."data", ?) = JSON_EXTRACT(?, '$')
-- params: ["$.\"\\u00fcn\\u00ef\"", "\"\\u00e7\""]
