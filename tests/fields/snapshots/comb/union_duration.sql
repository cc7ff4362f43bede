query: Event.objects.filter(length__gt=timedelta(hours=3)).values_list("id", "length").union(Event.objects.filter(length__lt=timedelta(0)).values_list("id", "length")).order_by("length")

[sqlite]
SELECT "ev_event"."id", "ev_event"."length"
FROM "ev_event"
WHERE "ev_event"."length" > ?
UNION
SELECT "ev_event"."id", "ev_event"."length"
FROM "ev_event"
WHERE "ev_event"."length" < ?
ORDER BY 2 ASC
params: [10800000000, 0]

[postgresql]
(
  SELECT "ev_event"."id", "ev_event"."length"
  FROM "ev_event"
  WHERE "ev_event"."length" > $1::interval
)
UNION
(
  SELECT "ev_event"."id", "ev_event"."length"
  FROM "ev_event"
  WHERE "ev_event"."length" < $2::interval
)
ORDER BY 2 ASC
params: [timedelta(microseconds=10800000000), timedelta(microseconds=0)]

[mysql]
(
  SELECT `ev_event`.`id`, `ev_event`.`length`
  FROM `ev_event`
  WHERE `ev_event`.`length` > ?
)
UNION
(
  SELECT `ev_event`.`id`, `ev_event`.`length`
  FROM `ev_event`
  WHERE `ev_event`.`length` < ?
)
ORDER BY 2 ASC
params: [10800000000, 0]

[oracle]
(
  SELECT "EV_EVENT"."ID", "EV_EVENT"."LENGTH"
  FROM "EV_EVENT"
  WHERE "EV_EVENT"."LENGTH" > :1
)
UNION
(
  SELECT "EV_EVENT"."ID", "EV_EVENT"."LENGTH"
  FROM "EV_EVENT"
  WHERE "EV_EVENT"."LENGTH" < :2
)
ORDER BY 2 ASC
params: [timedelta(microseconds=10800000000), timedelta(microseconds=0)]
