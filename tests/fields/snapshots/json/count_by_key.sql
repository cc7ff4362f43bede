query: Event.objects.filter(data__tags__contains=["blue"]).count()

[sqlite]
error[unsupported]: sqlite does not support the contains lookup on a JSONField
 --> line 1, column 43
  | Event.objects.filter(data__tags__contains=["blue"]).count()
  |                                           ^^^^^^^^

[postgresql]
SELECT COUNT(*) AS "__count"
FROM "ev_event"
WHERE ("ev_event"."data" -> $1) @> $2
params: ["tags", "[\"blue\"]"]

[mysql]
SELECT COUNT(*) AS `__count`
FROM `ev_event`
WHERE JSON_CONTAINS(JSON_EXTRACT(`ev_event`.`data`, ?), ?)
params: ["$.\"tags\"", "[\"blue\"]"]

[oracle]
error[unsupported]: oracle does not support the contains lookup on a JSONField
 --> line 1, column 43
  | Event.objects.filter(data__tags__contains=["blue"]).count()
  |                                           ^^^^^^^^
