-- Event.objects.annotate(k=KeyTransform("with space", "data")).filter(k=True).values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."with space"'), JSON_VALUE("EV_EVENT"."DATA", '$."with space"')) = JSON_VALUE(JSON_OBJECT('value' VALUE :1 FORMAT JSON), '$.value')
-- params: ["true"]
