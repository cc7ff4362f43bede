-- Event.objects.filter(data__has_key="tags").values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE "ev_event"."data" ? $1
-- params: ["tags"]
