query: Event.objects.filter(data__b__c__isnull=True).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE JSON_TYPE("ev_event"."data", ?) IS NULL
params: ["$.\"b\".\"c\""]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE ("ev_event"."data" #> $1) IS NULL
params: ["{\"b\",\"c\"}"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE JSON_EXTRACT(`ev_event`.`data`, ?) IS NULL
params: ["$.\"b\".\"c\""]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE (
  NOT JSON_EXISTS("EV_EVENT"."DATA", '$."b"."c"')
  OR COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."b"."c"'), JSON_VALUE("EV_EVENT"."DATA", '$."b"."c"')) IS NULL
)
params: []
