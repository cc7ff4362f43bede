-- Event.objects.filter(length=timedelta(days=1, microseconds=1)).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE "ev_event"."length" = $1::interval
-- params: ["1 days 00:00:00.000001"]
