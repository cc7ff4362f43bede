-- Event.objects.filter(data__name__icontains="ANN").values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE UPPER(COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."name"'), JSON_VALUE("EV_EVENT"."DATA", '$."name"'))) LIKE UPPER(:1) ESCAPE '\'
-- params: ["%ANN%"]
