-- Event.objects.filter(data__n__2__k="deep").values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE JSON_EXTRACT("ev_event"."data", ?) = JSON_EXTRACT(?, '$')
-- params: ["$.\"n\"[2].\"k\"", "\"deep\""]
