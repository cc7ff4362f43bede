-- Event.objects.filter(length__range=(timedelta(minutes=30), timedelta(hours=3))).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE "ev_event"."length" BETWEEN $1::interval AND $2::interval
-- params: ["0 days 00:30:00.000000", "0 days 03:00:00.000000"]
