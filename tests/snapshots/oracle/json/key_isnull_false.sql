-- Event.objects.filter(data__a__isnull=False).values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE JSON_EXISTS("EV_EVENT"."DATA", '$."a"')
-- params: []
