-- Event.objects.filter(length__isnull=False).aggregate(longest=Max("length"), shortest=Min("length"))
SELECT MAX("ev_event"."length") AS "longest", MIN("ev_event"."length") AS "shortest" FROM "ev_event" WHERE "ev_event"."length" IS NOT NULL
-- params: []
