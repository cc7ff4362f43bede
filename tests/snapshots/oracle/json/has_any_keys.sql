-- Event.objects.filter(data__has_any_keys=["tags", "name"]).values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE (JSON_EXISTS("EV_EVENT"."DATA", '$."tags"') OR JSON_EXISTS("EV_EVENT"."DATA", '$."name"'))
-- params: []
