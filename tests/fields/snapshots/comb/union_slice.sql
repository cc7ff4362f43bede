query: Event.objects.filter(id__lt=4).union(Event.objects.filter(id__gt=6)).order_by("-id").values_list("id", flat=True)[:2]

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."id" < ?
UNION
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."id" > ?
ORDER BY 1 DESC
LIMIT 2
params: [4, 6]

[postgresql]
(
  SELECT "ev_event"."id"
  FROM "ev_event"
  WHERE "ev_event"."id" < $1
)
UNION
(
  SELECT "ev_event"."id"
  FROM "ev_event"
  WHERE "ev_event"."id" > $2
)
ORDER BY 1 DESC
LIMIT 2
params: [4, 6]

[mysql]
(
  SELECT `ev_event`.`id`
  FROM `ev_event`
  WHERE `ev_event`.`id` < ?
)
UNION
(
  SELECT `ev_event`.`id`
  FROM `ev_event`
  WHERE `ev_event`.`id` > ?
)
ORDER BY 1 DESC
LIMIT 2
params: [4, 6]

[oracle]
(
  SELECT "EV_EVENT"."ID"
  FROM "EV_EVENT"
  WHERE "EV_EVENT"."ID" < :1
)
UNION
(
  SELECT "EV_EVENT"."ID"
  FROM "EV_EVENT"
  WHERE "EV_EVENT"."ID" > :2
)
ORDER BY 1 DESC
FETCH FIRST 2 ROWS ONLY
params: [4, 6]
