-- Event.objects.annotate(took=F("ends") - F("starts")).values_list("id", "took")
SELECT "EV_EVENT"."ID", ("EV_EVENT"."ENDS" - "EV_EVENT"."STARTS") AS "TOOK" FROM "EV_EVENT"
-- params: []
