query: Event.objects.filter(data__price__gt=F("flags")).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE JSON_EXTRACT("ev_event"."data", ?) > "ev_event"."flags"
params: ["$.\"price\""]

[postgresql]
error[unsupported]: postgresql does not support comparing a JSONField with a non-JSON IntegerField
 --> line 1, column 38
  | Event.objects.filter(data__price__gt=F("flags")).values_list("id", flat=True)
  |                                      ^^^^^^^^^^

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?)) > `ev_event`.`flags`
params: ["$.\"price\""]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."price"'), JSON_VALUE("EV_EVENT"."DATA", '$."price"')) > "EV_EVENT"."FLAGS"
params: []
