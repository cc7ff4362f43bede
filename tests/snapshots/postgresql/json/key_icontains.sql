-- Event.objects.filter(data__name__icontains="ANN").values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE UPPER(("ev_event"."data" ->> $1)::text) LIKE UPPER($2)
-- params: ["name", "%ANN%"]
