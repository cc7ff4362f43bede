-- Event.objects.filter(data__a__isnull=False).values_list("id", flat=True)
SELECT `ev_event`.`id` FROM `ev_event` WHERE JSON_EXTRACT(`ev_event`.`data`, ?) IS NOT NULL
-- params: ["$.\"a\""]
