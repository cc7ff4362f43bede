query: Event.objects.annotate(n=NullIf(Value(None), "title")).values_list("id", "n")

[sqlite]
SELECT "ev_event"."id", NULLIF(NULL, "ev_event"."title") AS "n"
FROM "ev_event"
params: []

[postgresql]
SELECT "ev_event"."id", NULLIF(NULL, "ev_event"."title") AS "n"
FROM "ev_event"
params: []

[mysql]
SELECT `ev_event`.`id`, NULLIF(NULL, `ev_event`.`title`) AS `n`
FROM `ev_event`
params: []

[oracle]
error[unsupported]: oracle does not support Value(None) for expression1 of NullIf()
 --> line 1, column 33
  | Event.objects.annotate(n=NullIf(Value(None), "title")).values_list("id", "n")
  |                                 ^^^^^^^^^^^
