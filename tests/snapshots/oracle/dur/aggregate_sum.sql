-- Event.objects.aggregate(total=Sum("length"))
SELECT SUM("EV_EVENT"."LENGTH") AS "TOTAL" FROM "EV_EVENT"
-- params: []
