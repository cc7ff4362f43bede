-- Event.objects.annotate(k=KeyTextTransform("ünï", "data")).filter(k="ç").values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."\u00fcn\u00ef"'), JSON_VALUE("EV_EVENT"."DATA", '$."\u00fcn\u00ef"')) = JSON_VALUE(JSON_OBJECT('value' VALUE :1 FORMAT JSON), '$.value')
-- params: ["\"\\u00e7\""]
