query: Event.objects.filter(data=[1, "two", None]).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."data" = ?
params: ["[1, \"two\", null]"]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."data" = $1
params: ["[1, \"two\", null]"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE JSON_UNQUOTE(`ev_event`.`data`) = JSON_EXTRACT(?, '$')
params: ["[1, \"two\", null]"]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE "EV_EVENT"."DATA" = :1
params: ["[1, \"two\", null]"]
