-- Event.objects.filter(data__a=None).values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE JSON_EXISTS("EV_EVENT"."DATA", '$."a"') AND (NOT JSON_EXISTS("EV_EVENT"."DATA", '$."a"') OR COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."a"'), JSON_VALUE("EV_EVENT"."DATA", '$."a"')) IS NULL)
-- params: []
