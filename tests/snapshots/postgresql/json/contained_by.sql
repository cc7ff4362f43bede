-- Event.objects.filter(data__contained_by={"a": 2, "b": {"c": "Y"}, "tags": ["blue"], "name": "Ann Lee", "x": 1}).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE "ev_event"."data" <@ $1
-- params: ["{\"a\": 2, \"b\": {\"c\": \"Y\"}, \"tags\": [\"blue\"], \"name\": \"Ann Lee\", \"x\": 1}"]
