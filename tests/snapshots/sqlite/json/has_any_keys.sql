-- Event.objects.filter(data__has_any_keys=["tags", "name"]).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE (JSON_TYPE("ev_event"."data", ?) IS NOT NULL OR JSON_TYPE("ev_event"."data", ?) IS NOT NULL)
-- params: ["$.\"tags\"", "$.\"name\""]
