-- Event.objects.filter(data__0=1).values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$[0]'), JSON_VALUE("EV_EVENT"."DATA", '$[0]')) = JSON_VALUE(JSON_OBJECT('value' VALUE :1 FORMAT JSON), '$.value')
-- params: ["1"]
