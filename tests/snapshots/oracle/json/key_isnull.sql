-- Event.objects.filter(data__a__isnull=True).values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE (NOT JSON_EXISTS("EV_EVENT"."DATA", '$."a"') OR COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."a"'), JSON_VALUE("EV_EVENT"."DATA", '$."a"')) IS NULL)
-- params: []
