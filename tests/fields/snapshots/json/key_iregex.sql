query: Event.objects.filter(data__name__iregex="^a").values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE JSON_EXTRACT("ev_event"."data", ?) REGEXP '(?i)' || ?
params: ["$.\"name\"", "^a"]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE ("ev_event"."data" ->> $1)::text ~* $2
params: ["name", "^a"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE LOWER(JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?))) REGEXP LOWER(?)
params: ["$.\"name\"", "^a"]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE REGEXP_LIKE(COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."name"'), JSON_VALUE("EV_EVENT"."DATA", '$."name"')), :1, 'i')
params: ["^a"]
