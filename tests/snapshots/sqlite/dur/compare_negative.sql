-- Event.objects.filter(length__lt=timedelta(0)).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE "ev_event"."length" < ?
-- params: [0]
