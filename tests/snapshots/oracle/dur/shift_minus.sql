-- Event.objects.filter(starts__lt=F("ends") - timedelta(days=1)).values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE "EV_EVENT"."STARTS" < ("EV_EVENT"."ENDS" - :1)
-- params: ["1 days 00:00:00.000000"]
