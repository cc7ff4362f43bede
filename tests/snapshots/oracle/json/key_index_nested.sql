-- Event.objects.filter(data__n__2__k="deep").values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."n"[2]."k"'), JSON_VALUE("EV_EVENT"."DATA", '$."n"[2]."k"')) = JSON_VALUE(JSON_OBJECT('value' VALUE :1 FORMAT JSON), '$.value')
-- params: ["\"deep\""]
