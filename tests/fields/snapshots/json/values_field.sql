query: Venue.objects.values_list("id", "info").order_by("id")

[sqlite]
SELECT "ev_venue"."id", "ev_venue"."info"
FROM "ev_venue"
ORDER BY "ev_venue"."id" ASC
params: []

[postgresql]
SELECT "ev_venue"."id", "ev_venue"."info"
FROM "ev_venue"
ORDER BY "ev_venue"."id" ASC
params: []

[mysql]
SELECT `ev_venue`.`id`, `ev_venue`.`info`
FROM `ev_venue`
ORDER BY `ev_venue`.`id` ASC
params: []

[oracle]
SELECT "EV_VENUE"."ID", "EV_VENUE"."INFO"
FROM "EV_VENUE"
ORDER BY "EV_VENUE"."ID" ASC
params: []
