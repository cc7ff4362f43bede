query: Event.objects.filter(length__lt=F("length") * 2).values_list("id", flat=True)

[sqlite]
error[unsupported]: sqlite does not support a duration multiplied or divided by a number
 --> line 1, column 33
  | Event.objects.filter(length__lt=F("length") * 2).values_list("id", flat=True)
  |                                 ^^^^^^^^^^^^^^^

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."length" < ("ev_event"."length" * $1)
params: [2]

[mysql]
error[unsupported]: mysql does not support a duration multiplied or divided by a number
 --> line 1, column 33
  | Event.objects.filter(length__lt=F("length") * 2).values_list("id", flat=True)
  |                                 ^^^^^^^^^^^^^^^

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE "EV_EVENT"."LENGTH" < ("EV_EVENT"."LENGTH" * :1)
params: [2]
