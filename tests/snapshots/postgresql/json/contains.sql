-- Event.objects.filter(data__contains={"a": 1}).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE "ev_event"."data" @> $1
-- params: ["{\"a\": 1}"]
