-- Event.objects.annotate(twice=F("length") + F("length")).filter(twice__gt=timedelta(hours=4)).values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE ("EV_EVENT"."LENGTH" + "EV_EVENT"."LENGTH") > :1
-- params: ["0 days 04:00:00.000000"]
