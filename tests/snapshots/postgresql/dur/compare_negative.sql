-- Event.objects.filter(length__lt=timedelta(0)).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE "ev_event"."length" < $1::interval
-- params: ["0 days 00:00:00.000000"]
