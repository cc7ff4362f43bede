-- Event.objects.filter(data__a=None).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE JSON_TYPE("ev_event"."data", ?) = ?
-- params: ["$.\"a\"", "null"]
