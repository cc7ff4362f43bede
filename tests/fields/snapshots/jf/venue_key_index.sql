query: Venue.objects.filter(info__tags__1="big").values_list("id", flat=True)

[sqlite]
SELECT "ev_venue"."id"
FROM "ev_venue"
WHERE JSON_EXTRACT("ev_venue"."info", ?) = JSON_EXTRACT(?, '$')
params: ["$.\"tags\"[1]", "\"big\""]

[postgresql]
SELECT "ev_venue"."id"
FROM "ev_venue"
WHERE ("ev_venue"."info" #> $1) = $2
params: ["{\"tags\",\"1\"}", "\"big\""]

[mysql]
SELECT `ev_venue`.`id`
FROM `ev_venue`
WHERE JSON_UNQUOTE(JSON_EXTRACT(`ev_venue`.`info`, ?)) = JSON_EXTRACT(?, '$')
params: ["$.\"tags\"[1]", "\"big\""]

[oracle]
SELECT "EV_VENUE"."ID"
FROM "EV_VENUE"
WHERE COALESCE(JSON_QUERY("EV_VENUE"."INFO", '$."tags"[1]'), JSON_VALUE("EV_VENUE"."INFO", '$."tags"[1]')) = JSON_VALUE(JSON_OBJECT('value' VALUE :1 FORMAT JSON), '$.value')
params: ["\"big\""]
