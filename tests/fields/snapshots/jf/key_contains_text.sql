query: Event.objects.filter(data__name__contains="Lee").values_list("id", flat=True)

[sqlite]
error[unsupported]: sqlite does not support the contains lookup on a JSONField
 --> line 1, column 43
  | Event.objects.filter(data__name__contains="Lee").values_list("id", flat=True)
  |                                           ^^^^^

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE ("ev_event"."data" -> $1) @> $2
params: ["name", "\"Lee\""]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE JSON_CONTAINS(JSON_EXTRACT(`ev_event`.`data`, ?), ?)
params: ["$.\"name\"", "\"Lee\""]

[oracle]
error[unsupported]: oracle does not support the contains lookup on a JSONField
 --> line 1, column 43
  | Event.objects.filter(data__name__contains="Lee").values_list("id", flat=True)
  |                                           ^^^^^
