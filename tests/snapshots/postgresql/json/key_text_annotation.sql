-- Event.objects.annotate(c=KeyTextTransform("c", "data__b")).filter(c="x").values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE ("ev_event"."data" #>> $1) = $2
-- params: ["{\"b\",\"c\"}", "\"x\""]
