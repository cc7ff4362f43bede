-- Event.objects.aggregate(total=Sum("length"))
SELECT SUM("ev_event"."length") AS "total" FROM "ev_event"
-- params: []
