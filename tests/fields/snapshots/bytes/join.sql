query: Event.objects.filter(attachments__content=b"ABC").values_list("title", flat=True)

[sqlite]
SELECT "ev_event"."title"
FROM "ev_event"
INNER JOIN "ev_attachment" ON ("ev_event"."id" = "ev_attachment"."event_id")
WHERE "ev_attachment"."content" = ?
params: [bytes.fromhex("414243")]

[postgresql]
SELECT "ev_event"."title"
FROM "ev_event"
INNER JOIN "ev_attachment" ON ("ev_event"."id" = "ev_attachment"."event_id")
WHERE "ev_attachment"."content" = $1
params: [bytes.fromhex("414243")]

[mysql]
SELECT `ev_event`.`title`
FROM `ev_event`
INNER JOIN `ev_attachment` ON (`ev_event`.`id` = `ev_attachment`.`event_id`)
WHERE `ev_attachment`.`content` = ?
params: [bytes.fromhex("414243")]

[oracle]
SELECT "EV_EVENT"."TITLE"
FROM "EV_EVENT"
INNER JOIN "EV_ATTACHMENT" ON ("EV_EVENT"."ID" = "EV_ATTACHMENT"."EVENT_ID")
WHERE "EV_ATTACHMENT"."CONTENT" = :1
params: [bytes.fromhex("414243")]
