-- Event.objects.filter(length__range=(timedelta(minutes=30), timedelta(hours=3))).values_list("id", flat=True)
SELECT `ev_event`.`id` FROM `ev_event` WHERE `ev_event`.`length` BETWEEN ? AND ?
-- params: [1800000000, 10800000000]
