query: Event.objects.filter(data__a__iexact="1").values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE JSON_EXTRACT("ev_event"."data", ?) LIKE ? ESCAPE '\'
params: ["$.\"a\"", "1"]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE UPPER(("ev_event"."data" ->> $1)::text) = UPPER($2)
params: ["a", "1"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE LOWER(JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?))) LIKE LOWER(?)
params: ["$.\"a\"", "1"]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE UPPER(COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."a"'), JSON_VALUE("EV_EVENT"."DATA", '$."a"'))) = UPPER(:1)
params: ["1"]
