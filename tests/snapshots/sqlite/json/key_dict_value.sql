-- Event.objects.filter(data__b={"c": "Y"}).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE JSON_EXTRACT("ev_event"."data", ?) = JSON_EXTRACT(?, '$')
-- params: ["$.\"b\"", "{\"c\": \"Y\"}"]
