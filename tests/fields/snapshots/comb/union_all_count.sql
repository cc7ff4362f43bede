query: Event.objects.filter(id__lte=3).union(Event.objects.filter(id__gte=2), all=True).count()

[sqlite]
SELECT COUNT(*) AS "__count"
FROM (
  SELECT "ev_event"."id", "ev_event"."title", "ev_event"."data", "ev_event"."venue_id", "ev_event"."parent_id", "ev_event"."day", "ev_event"."starts", "ev_event"."ends", "ev_event"."length", "ev_event"."ip", "ev_event"."flags"
  FROM "ev_event"
  WHERE "ev_event"."id" <= ?
  UNION ALL
  SELECT "ev_event"."id", "ev_event"."title", "ev_event"."data", "ev_event"."venue_id", "ev_event"."parent_id", "ev_event"."day", "ev_event"."starts", "ev_event"."ends", "ev_event"."length", "ev_event"."ip", "ev_event"."flags"
  FROM "ev_event"
  WHERE "ev_event"."id" >= ?
) "subquery"
params: [3, 2]

[postgresql]
SELECT COUNT(*) AS "__count"
FROM (
  (
    SELECT "ev_event"."id", "ev_event"."title", "ev_event"."data", "ev_event"."venue_id", "ev_event"."parent_id", "ev_event"."day", "ev_event"."starts", "ev_event"."ends", "ev_event"."length", "ev_event"."ip", "ev_event"."flags"
    FROM "ev_event"
    WHERE "ev_event"."id" <= $1
  )
  UNION ALL
  (
    SELECT "ev_event"."id", "ev_event"."title", "ev_event"."data", "ev_event"."venue_id", "ev_event"."parent_id", "ev_event"."day", "ev_event"."starts", "ev_event"."ends", "ev_event"."length", "ev_event"."ip", "ev_event"."flags"
    FROM "ev_event"
    WHERE "ev_event"."id" >= $2
  )
) "subquery"
params: [3, 2]

[mysql]
SELECT COUNT(*) AS `__count`
FROM (
  (
    SELECT `ev_event`.`id`, `ev_event`.`title`, `ev_event`.`data`, `ev_event`.`venue_id`, `ev_event`.`parent_id`, `ev_event`.`day`, `ev_event`.`starts`, `ev_event`.`ends`, `ev_event`.`length`, `ev_event`.`ip`, `ev_event`.`flags`
    FROM `ev_event`
    WHERE `ev_event`.`id` <= ?
  )
  UNION ALL
  (
    SELECT `ev_event`.`id`, `ev_event`.`title`, `ev_event`.`data`, `ev_event`.`venue_id`, `ev_event`.`parent_id`, `ev_event`.`day`, `ev_event`.`starts`, `ev_event`.`ends`, `ev_event`.`length`, `ev_event`.`ip`, `ev_event`.`flags`
    FROM `ev_event`
    WHERE `ev_event`.`id` >= ?
  )
) `subquery`
params: [3, 2]

[oracle]
SELECT COUNT(*) AS "__COUNT"
FROM (
  (
    SELECT "EV_EVENT"."ID", "EV_EVENT"."TITLE", "EV_EVENT"."DATA", "EV_EVENT"."VENUE_ID", "EV_EVENT"."PARENT_ID", "EV_EVENT"."DAY", "EV_EVENT"."STARTS", "EV_EVENT"."ENDS", "EV_EVENT"."LENGTH", "EV_EVENT"."IP", "EV_EVENT"."FLAGS"
    FROM "EV_EVENT"
    WHERE "EV_EVENT"."ID" <= :1
  )
  UNION ALL
  (
    SELECT "EV_EVENT"."ID", "EV_EVENT"."TITLE", "EV_EVENT"."DATA", "EV_EVENT"."VENUE_ID", "EV_EVENT"."PARENT_ID", "EV_EVENT"."DAY", "EV_EVENT"."STARTS", "EV_EVENT"."ENDS", "EV_EVENT"."LENGTH", "EV_EVENT"."IP", "EV_EVENT"."FLAGS"
    FROM "EV_EVENT"
    WHERE "EV_EVENT"."ID" >= :2
  )
) "SUBQUERY"
params: [3, 2]
