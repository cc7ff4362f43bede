-- Event.objects.filter(data__has_key="a").order_by("data__a", "id").values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE JSON_EXISTS("EV_EVENT"."DATA", '$."a"') ORDER BY COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."a"'), JSON_VALUE("EV_EVENT"."DATA", '$."a"')) ASC, "EV_EVENT"."ID" ASC
-- params: []
