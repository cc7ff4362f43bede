-- Event.objects.filter(data__price__lte=11).values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."price"'), JSON_VALUE("EV_EVENT"."DATA", '$."price"')) <= :1
-- params: [11]
