-- Event.objects.filter(length__isnull=False).aggregate(longest=Max("length"), shortest=Min("length"))
SELECT MAX("EV_EVENT"."LENGTH") AS "LONGEST", MIN("EV_EVENT"."LENGTH") AS "SHORTEST" FROM "EV_EVENT" WHERE "EV_EVENT"."LENGTH" IS NOT NULL
-- params: []
