-- Event.objects.filter(length__gt=timedelta(hours=1)).values_list("id", flat=True)
SELECT `ev_event`.`id` FROM `ev_event` WHERE `ev_event`.`length` > ?
-- params: [3600000000]
