-- Event.objects.filter(data__name__regex="^A").values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE REGEXP_LIKE(COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."name"'), JSON_VALUE("EV_EVENT"."DATA", '$."name"')), :1, 'c')
-- params: ["^A"]
