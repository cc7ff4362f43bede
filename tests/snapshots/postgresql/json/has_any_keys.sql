-- Event.objects.filter(data__has_any_keys=["tags", "name"]).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE "ev_event"."data" ?| $1
-- params: ["{\"tags\",\"name\"}"]
