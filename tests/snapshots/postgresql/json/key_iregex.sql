-- Event.objects.filter(data__name__iregex="^a").values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE ("ev_event"."data" ->> $1)::text ~* $2
-- params: ["name", "^a"]
