-- Event.objects.filter(data__b__c="x").values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."b"."c"'), JSON_VALUE("EV_EVENT"."DATA", '$."b"."c"')) = JSON_VALUE(JSON_OBJECT('value' VALUE :1 FORMAT JSON), '$.value')
-- params: ["\"x\""]
