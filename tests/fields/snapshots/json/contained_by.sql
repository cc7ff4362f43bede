query: Event.objects.filter(data__contained_by={"a": 2, "b": {"c": "Y"}, "tags": ["blue"], "name": "Ann Lee", "x": 1}).values_list("id", flat=True)

[sqlite]
error[unsupported]: sqlite does not support the contained_by lookup on a JSONField
 --> line 1, column 41
  | Event.objects.filter(data__contained_by={"a": 2, "b": {"c": "Y"}, "tags": ["blue"], "name": "Ann Lee", "x": 1}).values_list("id", flat=True)
  |                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."data" <@ $1
params: ["{\"a\": 2, \"b\": {\"c\": \"Y\"}, \"tags\": [\"blue\"], \"name\": \"Ann Lee\", \"x\": 1}"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE JSON_CONTAINS(?, `ev_event`.`data`)
params: ["{\"a\": 2, \"b\": {\"c\": \"Y\"}, \"tags\": [\"blue\"], \"name\": \"Ann Lee\", \"x\": 1}"]

[oracle]
error[unsupported]: oracle does not support the contained_by lookup on a JSONField
 --> line 1, column 41
  | Event.objects.filter(data__contained_by={"a": 2, "b": {"c": "Y"}, "tags": ["blue"], "name": "Ann Lee", "x": 1}).values_list("id", flat=True)
  |                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
