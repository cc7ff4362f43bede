query: Event.objects.annotate(half=ExpressionWrapper(F("length") / 2, output_field=DurationField())).values_list("id", "half")

[sqlite]
error[unsupported]: sqlite does not support a duration multiplied or divided by a number
 --> line 1, column 47
  | Event.objects.annotate(half=ExpressionWrapper(F("length") / 2, output_field=DurationField())).values_list("id", "half")
  |                                               ^^^^^^^^^^^^^^^

[postgresql]
SELECT "ev_event"."id", ("ev_event"."length" / $1) AS "half"
FROM "ev_event"
params: [2]

[mysql]
error[unsupported]: mysql does not support a duration multiplied or divided by a number
 --> line 1, column 47
  | Event.objects.annotate(half=ExpressionWrapper(F("length") / 2, output_field=DurationField())).values_list("id", "half")
  |                                               ^^^^^^^^^^^^^^^

[oracle]
SELECT "EV_EVENT"."ID", ("EV_EVENT"."LENGTH" / :1) AS "HALF"
FROM "EV_EVENT"
params: [2]
