query: Event.objects.filter(id__lt=3).union(Event.objects.filter(id=8)).exists()

[sqlite]
SELECT "ev_event"."id", "ev_event"."title", "ev_event"."data", "ev_event"."venue_id", "ev_event"."parent_id", "ev_event"."day", "ev_event"."starts", "ev_event"."ends", "ev_event"."length", "ev_event"."ip", "ev_event"."flags"
FROM "ev_event"
WHERE "ev_event"."id" < ?
UNION
SELECT "ev_event"."id", "ev_event"."title", "ev_event"."data", "ev_event"."venue_id", "ev_event"."parent_id", "ev_event"."day", "ev_event"."starts", "ev_event"."ends", "ev_event"."length", "ev_event"."ip", "ev_event"."flags"
FROM "ev_event"
WHERE "ev_event"."id" = ?
LIMIT 1
params: [3, 8]

[postgresql]
(
  SELECT "ev_event"."id", "ev_event"."title", "ev_event"."data", "ev_event"."venue_id", "ev_event"."parent_id", "ev_event"."day", "ev_event"."starts", "ev_event"."ends", "ev_event"."length", "ev_event"."ip", "ev_event"."flags"
  FROM "ev_event"
  WHERE "ev_event"."id" < $1
)
UNION
(
  SELECT "ev_event"."id", "ev_event"."title", "ev_event"."data", "ev_event"."venue_id", "ev_event"."parent_id", "ev_event"."day", "ev_event"."starts", "ev_event"."ends", "ev_event"."length", "ev_event"."ip", "ev_event"."flags"
  FROM "ev_event"
  WHERE "ev_event"."id" = $2
)
LIMIT 1
params: [3, 8]

[mysql]
(
  SELECT `ev_event`.`id`, `ev_event`.`title`, `ev_event`.`data`, `ev_event`.`venue_id`, `ev_event`.`parent_id`, `ev_event`.`day`, `ev_event`.`starts`, `ev_event`.`ends`, `ev_event`.`length`, `ev_event`.`ip`, `ev_event`.`flags`
  FROM `ev_event`
  WHERE `ev_event`.`id` < ?
)
UNION
(
  SELECT `ev_event`.`id`, `ev_event`.`title`, `ev_event`.`data`, `ev_event`.`venue_id`, `ev_event`.`parent_id`, `ev_event`.`day`, `ev_event`.`starts`, `ev_event`.`ends`, `ev_event`.`length`, `ev_event`.`ip`, `ev_event`.`flags`
  FROM `ev_event`
  WHERE `ev_event`.`id` = ?
)
LIMIT 1
params: [3, 8]

[oracle]
(
  SELECT "EV_EVENT"."ID", "EV_EVENT"."TITLE", "EV_EVENT"."DATA", "EV_EVENT"."VENUE_ID", "EV_EVENT"."PARENT_ID", "EV_EVENT"."DAY", "EV_EVENT"."STARTS", "EV_EVENT"."ENDS", "EV_EVENT"."LENGTH", "EV_EVENT"."IP", "EV_EVENT"."FLAGS"
  FROM "EV_EVENT"
  WHERE "EV_EVENT"."ID" < :1
)
UNION
(
  SELECT "EV_EVENT"."ID", "EV_EVENT"."TITLE", "EV_EVENT"."DATA", "EV_EVENT"."VENUE_ID", "EV_EVENT"."PARENT_ID", "EV_EVENT"."DAY", "EV_EVENT"."STARTS", "EV_EVENT"."ENDS", "EV_EVENT"."LENGTH", "EV_EVENT"."IP", "EV_EVENT"."FLAGS"
  FROM "EV_EVENT"
  WHERE "EV_EVENT"."ID" = :2
)
FETCH FIRST 1 ROWS ONLY
params: [3, 8]
