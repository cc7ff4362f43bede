-- Event.objects.filter(length__range=(timedelta(minutes=30), timedelta(hours=3))).values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE "EV_EVENT"."LENGTH" BETWEEN :1 AND :2
-- params: ["0 days 00:30:00.000000", "0 days 03:00:00.000000"]
