-- Event.objects.filter(data__has_key="tags").values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE JSON_EXISTS("EV_EVENT"."DATA", '$."tags"')
-- params: []
