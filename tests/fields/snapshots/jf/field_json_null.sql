query: Venue.objects.filter(info=None).values_list("id", flat=True)

[sqlite]
SELECT "ev_venue"."id"
FROM "ev_venue"
WHERE JSON_TYPE("ev_venue"."info", '$') = ?
params: ["null"]

[postgresql]
SELECT "ev_venue"."id"
FROM "ev_venue"
WHERE "ev_venue"."info" = $1
params: ["null"]

[mysql]
SELECT `ev_venue`.`id`
FROM `ev_venue`
WHERE JSON_UNQUOTE(`ev_venue`.`info`) = JSON_EXTRACT(?, '$')
params: ["null"]

[oracle]
SELECT "EV_VENUE"."ID"
FROM "EV_VENUE"
WHERE "EV_VENUE"."INFO" = :1
params: ["null"]
