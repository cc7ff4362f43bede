query: Event.objects.annotate(o=JSONObject(upper=Upper("title"), n=Value(1), parent=F("parent__title"))).values_list("id", "o")

[sqlite]
SELECT "ev_event"."id", JSON_OBJECT(?, UPPER("ev_event"."title"), ?, ?, ?, "T2"."title") AS "o"
FROM "ev_event"
LEFT OUTER JOIN "ev_event" "T2" ON ("ev_event"."parent_id" = "T2"."id")
params: ["upper", "n", 1, "parent"]

[postgresql]
SELECT "ev_event"."id", JSONB_BUILD_OBJECT($1::text, UPPER("ev_event"."title"), $2::text, $3, $4::text, "T2"."title") AS "o"
FROM "ev_event"
LEFT OUTER JOIN "ev_event" "T2" ON ("ev_event"."parent_id" = "T2"."id")
params: ["upper", "n", 1, "parent"]

[mysql]
SELECT `ev_event`.`id`, JSON_OBJECT(?, UPPER(`ev_event`.`title`), ?, ?, ?, `T2`.`title`) AS `o`
FROM `ev_event`
LEFT OUTER JOIN `ev_event` `T2` ON (`ev_event`.`parent_id` = `T2`.`id`)
params: ["upper", "n", 1, "parent"]

[oracle]
SELECT "EV_EVENT"."ID", JSON_OBJECT(:1 VALUE UPPER("EV_EVENT"."TITLE"), :2 VALUE :3, :4 VALUE "T2"."TITLE" RETURNING CLOB) AS "O"
FROM "EV_EVENT"
LEFT OUTER JOIN "EV_EVENT" "T2" ON ("EV_EVENT"."PARENT_ID" = "T2"."ID")
params: ["upper", "n", 1, "parent"]
