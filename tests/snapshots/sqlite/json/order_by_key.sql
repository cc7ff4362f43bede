-- Event.objects.filter(data__has_key="a").order_by("data__a", "id").values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE JSON_TYPE("ev_event"."data", ?) IS NOT NULL ORDER BY JSON_EXTRACT("ev_event"."data", ?) ASC, "ev_event"."id" ASC
-- params: ["$.\"a\"", "$.\"a\""]
