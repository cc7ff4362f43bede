-- Event.objects.filter(length__gt=timedelta(hours=1)).values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE "EV_EVENT"."LENGTH" > :1
-- params: ["0 days 01:00:00.000000"]
