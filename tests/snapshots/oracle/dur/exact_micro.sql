-- Event.objects.filter(length=timedelta(days=1, microseconds=1)).values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE "EV_EVENT"."LENGTH" = :1
-- params: ["1 days 00:00:00.000001"]
