query: Event.objects.filter(data__contains={"b": {"c": "x"}}).values_list("id", flat=True)

[sqlite]
error[unsupported]: sqlite does not support the contains lookup on a JSONField
 --> line 1, column 37
  | Event.objects.filter(data__contains={"b": {"c": "x"}}).values_list("id", flat=True)
  |                                     ^^^^^^^^^^^^^^^^^

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."data" @> $1
params: ["{\"b\": {\"c\": \"x\"}}"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE JSON_CONTAINS(`ev_event`.`data`, ?)
params: ["{\"b\": {\"c\": \"x\"}}"]

[oracle]
error[unsupported]: oracle does not support the contains lookup on a JSONField
 --> line 1, column 37
  | Event.objects.filter(data__contains={"b": {"c": "x"}}).values_list("id", flat=True)
  |                                     ^^^^^^^^^^^^^^^^^
