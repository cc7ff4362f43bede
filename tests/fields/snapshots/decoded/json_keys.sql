query: Event.objects.values_list("id", "data__b", "data__tags").order_by("id")

[sqlite]
SELECT "ev_event"."id", JSON_EXTRACT("ev_event"."data", ?) AS "data__b", JSON_EXTRACT("ev_event"."data", ?) AS "data__tags"
FROM "ev_event"
ORDER BY "ev_event"."id" ASC
params: ["$.\"b\"", "$.\"tags\""]

[postgresql]
SELECT "ev_event"."id", ("ev_event"."data" -> $1) AS "data__b", ("ev_event"."data" -> $2) AS "data__tags"
FROM "ev_event"
ORDER BY "ev_event"."id" ASC
params: ["b", "tags"]

[mysql]
SELECT `ev_event`.`id`, JSON_EXTRACT(`ev_event`.`data`, ?) AS `data__b`, JSON_EXTRACT(`ev_event`.`data`, ?) AS `data__tags`
FROM `ev_event`
ORDER BY `ev_event`.`id` ASC
params: ["$.\"b\"", "$.\"tags\""]

[oracle]
SELECT "EV_EVENT"."ID", COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."b"'), JSON_VALUE("EV_EVENT"."DATA", '$."b"')) AS "DATA__B", COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."tags"'), JSON_VALUE("EV_EVENT"."DATA", '$."tags"')) AS "DATA__TAGS"
FROM "EV_EVENT"
ORDER BY "EV_EVENT"."ID" ASC
params: []
