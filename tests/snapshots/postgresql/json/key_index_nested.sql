-- Event.objects.filter(data__n__2__k="deep").values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE ("ev_event"."data" #> $1) = $2
-- params: ["{\"n\",\"2\",\"k\"}", "\"deep\""]
