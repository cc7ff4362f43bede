query: Event.objects.annotate(k=KeyTransform('quo"te', "data")).filter(k__gte=3).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE JSON_EXTRACT("ev_event"."data", ?) >= ?
params: ["$.\"quo\\\"te\"", 3]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE ("ev_event"."data" -> $1) >= $2
params: ["quo\"te", "3"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?)) >= ?
params: ["$.\"quo\\\"te\"", 3]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."quo\"te"'), JSON_VALUE("EV_EVENT"."DATA", '$."quo\"te"')) >= :1
params: [3]
