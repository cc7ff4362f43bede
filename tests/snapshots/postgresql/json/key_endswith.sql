-- Event.objects.filter(data__name__endswith="Lee").values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE ("ev_event"."data" ->> $1)::text LIKE $2
-- params: ["name", "%Lee"]
