-- Event.objects.filter(ends__gt=F("starts") + timedelta(hours=2)).values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE "EV_EVENT"."ENDS" > ("EV_EVENT"."STARTS" + :1)
-- params: ["0 days 02:00:00.000000"]
