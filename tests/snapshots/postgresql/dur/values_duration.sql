-- Event.objects.filter(length__isnull=False).values_list("id", "length")
SELECT "ev_event"."id", "ev_event"."length" FROM "ev_event" WHERE "ev_event"."length" IS NOT NULL
-- params: []
