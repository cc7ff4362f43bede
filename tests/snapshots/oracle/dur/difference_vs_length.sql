-- Event.objects.filter(length=F("ends") - F("starts")).values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE "EV_EVENT"."LENGTH" = ("EV_EVENT"."ENDS" - "EV_EVENT"."STARTS")
-- params: []
