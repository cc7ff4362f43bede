query: Event.objects.filter(data__b__c__iexact="y").values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE JSON_EXTRACT("ev_event"."data", ?) LIKE ? ESCAPE '\'
params: ["$.\"b\".\"c\"", "y"]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE UPPER(("ev_event"."data" #>> $1)::text) = UPPER($2)
params: ["{\"b\",\"c\"}", "y"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE LOWER(JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?))) LIKE LOWER(?)
params: ["$.\"b\".\"c\"", "y"]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE UPPER(COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."b"."c"'), JSON_VALUE("EV_EVENT"."DATA", '$."b"."c"'))) = UPPER(:1)
params: ["y"]
