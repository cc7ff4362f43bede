-- Event.objects.filter(data__has_key="a").order_by("data__a", "id").values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE "ev_event"."data" ? $1 ORDER BY ("ev_event"."data" -> $2) ASC, "ev_event"."id" ASC
-- params: ["a", "a"]
