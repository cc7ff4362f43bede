-- Event.objects.filter(data__has_keys=["a", "b"]).values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE (JSON_EXISTS("EV_EVENT"."DATA", '$."a"') AND JSON_EXISTS("EV_EVENT"."DATA", '$."b"'))
-- params: []
