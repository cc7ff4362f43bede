query: Event.objects.values("venue").annotate(a=Avg("length")).values_list("venue", "a").order_by("venue")

[sqlite]
SELECT "ev_event"."venue_id", AVG("ev_event"."length") AS "a"
FROM "ev_event"
GROUP BY "ev_event"."venue_id"
ORDER BY "ev_event"."venue_id" ASC
params: []

[postgresql]
SELECT "ev_event"."venue_id", AVG("ev_event"."length") AS "a"
FROM "ev_event"
GROUP BY "ev_event"."venue_id"
ORDER BY "ev_event"."venue_id" ASC
params: []

[mysql]
SELECT `ev_event`.`venue_id`, AVG(`ev_event`.`length`) AS `a`
FROM `ev_event`
GROUP BY `ev_event`.`venue_id`
ORDER BY `ev_event`.`venue_id` ASC
params: []

[oracle]
SELECT "EV_EVENT"."VENUE_ID", AVG("EV_EVENT"."LENGTH") AS "A"
FROM "EV_EVENT"
GROUP BY "EV_EVENT"."VENUE_ID"
ORDER BY "EV_EVENT"."VENUE_ID" ASC
params: []
