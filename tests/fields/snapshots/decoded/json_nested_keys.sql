query: Event.objects.values_list("id", "data__b__c", "data__n__2__k").order_by("id")

[sqlite]
SELECT "ev_event"."id", JSON_EXTRACT("ev_event"."data", ?) AS "data__b__c", JSON_EXTRACT("ev_event"."data", ?) AS "data__n__2__k"
FROM "ev_event"
ORDER BY "ev_event"."id" ASC
params: ["$.\"b\".\"c\"", "$.\"n\"[2].\"k\""]

[postgresql]
SELECT "ev_event"."id", ("ev_event"."data" #> $1) AS "data__b__c", ("ev_event"."data" #> $2) AS "data__n__2__k" FROM "ev_event" ORDER BY "ev_event"."id" ASC
params: ["{\"b\",\"c\"}", "{\"n\",\"2\",\"k\"}"]

[mysql]
SELECT `ev_event`.`id`, JSON_EXTRACT(`ev_event`.`data`, ?) AS `data__b__c`, JSON_EXTRACT(`ev_event`.`data`, ?) AS `data__n__2__k`
FROM `ev_event`
ORDER BY `ev_event`.`id` ASC
params: ["$.\"b\".\"c\"", "$.\"n\"[2].\"k\""]

[oracle]
SELECT "EV_EVENT"."ID", COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."b"."c"'), JSON_VALUE("EV_EVENT"."DATA", '$."b"."c"')) AS "DATA__B__C", COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."n"[2]."k"'), JSON_VALUE("EV_EVENT"."DATA", '$."n"[2]."k"')) AS "DATA__N__2__K"
FROM "EV_EVENT"
ORDER BY "EV_EVENT"."ID" ASC
params: []
