query: Event.objects.filter(venue__info__seats__gte=100).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
INNER JOIN "ev_venue" ON ("ev_event"."venue_id" = "ev_venue"."id")
WHERE JSON_EXTRACT("ev_venue"."info", ?) >= ?
params: ["$.\"seats\"", 100]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
INNER JOIN "ev_venue" ON ("ev_event"."venue_id" = "ev_venue"."id")
WHERE ("ev_venue"."info" -> $1) >= $2
params: ["seats", "100"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
INNER JOIN `ev_venue` ON (`ev_event`.`venue_id` = `ev_venue`.`id`)
WHERE JSON_UNQUOTE(JSON_EXTRACT(`ev_venue`.`info`, ?)) >= ?
params: ["$.\"seats\"", 100]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
INNER JOIN "EV_VENUE" ON ("EV_EVENT"."VENUE_ID" = "EV_VENUE"."ID")
WHERE COALESCE(JSON_QUERY("EV_VENUE"."INFO", '$."seats"'), JSON_VALUE("EV_VENUE"."INFO", '$."seats"')) >= :1
params: [100]
