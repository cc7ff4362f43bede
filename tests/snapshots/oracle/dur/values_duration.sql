-- Event.objects.filter(length__isnull=False).values_list("id", "length")
SELECT "EV_EVENT"."ID", "EV_EVENT"."LENGTH" FROM "EV_EVENT" WHERE "EV_EVENT"."LENGTH" IS NOT NULL
-- params: []
