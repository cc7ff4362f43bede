-- Event.objects.filter(ends=F("starts") + F("length")).values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE "EV_EVENT"."ENDS" = ("EV_EVENT"."STARTS" + "EV_EVENT"."LENGTH")
-- params: []
