-- Event.objects.filter(data__tags=["blue"]).values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."tags"'), JSON_VALUE("EV_EVENT"."DATA", '$."tags"')) = JSON_QUERY(JSON_OBJECT('value' VALUE :1 FORMAT JSON), '$.value')
-- params: ["[\"blue\"]"]
