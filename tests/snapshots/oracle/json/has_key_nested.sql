-- Event.objects.filter(data__b__has_key="c").values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE JSON_EXISTS("EV_EVENT"."DATA", '$."b"."c"')
-- params: []
