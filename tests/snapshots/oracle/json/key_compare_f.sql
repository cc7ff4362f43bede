-- Event.objects.filter(data__a=F("parent__data__a")).values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" INNER JOIN "EV_EVENT" "T2" ON ("EV_EVENT"."PARENT_ID" = "T2"."ID") WHERE COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."a"'), JSON_VALUE("EV_EVENT"."DATA", '$."a"')) = COALESCE(JSON_QUERY("T2"."DATA", '$."a"'), JSON_VALUE("T2"."DATA", '$."a"'))
-- params: []
