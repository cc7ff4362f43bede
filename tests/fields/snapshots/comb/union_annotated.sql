query: Event.objects.annotate(n=Value(1)).filter(id__lt=3).values_list("id", "n").union(Event.objects.annotate(n=Value(2)).filter(id__gt=6).values_list("id", "n")).order_by("id")

[sqlite]
SELECT "ev_event"."id", ? AS "n"
FROM "ev_event"
WHERE "ev_event"."id" < ?
UNION
SELECT "ev_event"."id", ? AS "n"
FROM "ev_event"
WHERE "ev_event"."id" > ?
ORDER BY 1 ASC
params: [1, 3, 2, 6]

[postgresql]
(
  SELECT "ev_event"."id", $1 AS "n"
  FROM "ev_event"
  WHERE "ev_event"."id" < $2
)
UNION
(
  SELECT "ev_event"."id", $3 AS "n"
  FROM "ev_event"
  WHERE "ev_event"."id" > $4
)
ORDER BY 1 ASC
params: [1, 3, 2, 6]

[mysql]
(
  SELECT `ev_event`.`id`, ? AS `n`
  FROM `ev_event`
  WHERE `ev_event`.`id` < ?
)
UNION
(
  SELECT `ev_event`.`id`, ? AS `n`
  FROM `ev_event`
  WHERE `ev_event`.`id` > ?
)
ORDER BY 1 ASC
params: [1, 3, 2, 6]

[oracle]
(
  SELECT "EV_EVENT"."ID", :1 AS "N"
  FROM "EV_EVENT"
  WHERE "EV_EVENT"."ID" < :2
)
UNION
(
  SELECT "EV_EVENT"."ID", :3 AS "N"
  FROM "EV_EVENT"
  WHERE "EV_EVENT"."ID" > :4
)
ORDER BY 1 ASC
params: [1, 3, 2, 6]
