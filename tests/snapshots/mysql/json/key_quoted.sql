-- Event.objects.annotate(k=KeyTransform("with space", "data")).filter(k=True).values_list("id", flat=True)
SELECT `ev_event`.`id` FROM `ev_event` WHERE JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?)) = JSON_EXTRACT(?, '$')
-- params: ["$.\"with space\"", "true"]
