query: Event.objects.annotate(o=JSONObject(title="title", day="day", venue="venue_id")).values_list("id", "o")

[sqlite]
SELECT "ev_event"."id", JSON_OBJECT(?, "ev_event"."title", ?, "ev_event"."day", ?, "ev_event"."venue_id") AS "o"
FROM "ev_event"
params: ["title", "day", "venue"]

[postgresql]
SELECT "ev_event"."id", JSONB_BUILD_OBJECT($1::text, "ev_event"."title", $2::text, "ev_event"."day", $3::text, "ev_event"."venue_id") AS "o"
FROM "ev_event"
params: ["title", "day", "venue"]

[mysql]
SELECT `ev_event`.`id`, JSON_OBJECT(?, `ev_event`.`title`, ?, `ev_event`.`day`, ?, `ev_event`.`venue_id`) AS `o`
FROM `ev_event`
params: ["title", "day", "venue"]

[oracle]
SELECT "EV_EVENT"."ID", JSON_OBJECT(:1 VALUE "EV_EVENT"."TITLE", :2 VALUE "EV_EVENT"."DAY", :3 VALUE "EV_EVENT"."VENUE_ID" RETURNING CLOB) AS "O"
FROM "EV_EVENT"
params: ["title", "day", "venue"]
