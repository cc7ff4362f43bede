-- Event.objects.filter(data__name__startswith="Ann").values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."name"'), JSON_VALUE("EV_EVENT"."DATA", '$."name"')) LIKE :1 ESCAPE '\'
-- params: ["Ann%"]
