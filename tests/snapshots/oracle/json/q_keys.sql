-- Event.objects.filter(Q(data__a=2) | Q(data__name="ann")).values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE (COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."a"'), JSON_VALUE("EV_EVENT"."DATA", '$."a"')) = JSON_VALUE(JSON_OBJECT('value' VALUE :1 FORMAT JSON), '$.value') OR COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."name"'), JSON_VALUE("EV_EVENT"."DATA", '$."name"')) = JSON_VALUE(JSON_OBJECT('value' VALUE :2 FORMAT JSON), '$.value'))
-- params: ["2", "\"ann\""]
