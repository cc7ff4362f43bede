-- Event.objects.filter(data__a__in=[1, 2, "1"]).values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."a"'), JSON_VALUE("EV_EVENT"."DATA", '$."a"')) IN (JSON_VALUE(JSON_OBJECT('value' VALUE :1 FORMAT JSON), '$.value'), JSON_VALUE(JSON_OBJECT('value' VALUE :2 FORMAT JSON), '$.value'), JSON_VALUE(JSON_OBJECT('value' VALUE :3 FORMAT JSON), '$.value'))
-- params: ["1", "2", "\"1\""]
