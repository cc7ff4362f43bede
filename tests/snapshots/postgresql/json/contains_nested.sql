-- Event.objects.filter(data__contains={"b": {"c": "x"}}).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE "ev_event"."data" @> $1
-- params: ["{\"b\": {\"c\": \"x\"}}"]
