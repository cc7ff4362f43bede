-- Event.objects.filter(data__a__isnull=True).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE JSON_TYPE("ev_event"."data", ?) IS NULL
-- params: ["$.\"a\""]
