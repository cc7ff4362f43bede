query: Event.objects.filter(data__a=F("flags")).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE JSON_EXTRACT("ev_event"."data", ?) = "ev_event"."flags"
params: ["$.\"a\""]

[postgresql]
error[unsupported]: postgresql does not support comparing a JSONField with a non-JSON IntegerField
 --> line 1, column 30
  | Event.objects.filter(data__a=F("flags")).values_list("id", flat=True)
  |                              ^^^^^^^^^^

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?)) = `ev_event`.`flags`
params: ["$.\"a\""]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."a"'), JSON_VALUE("EV_EVENT"."DATA", '$."a"')) = "EV_EVENT"."FLAGS"
params: []
