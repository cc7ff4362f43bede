query: Pin.objects.select_related("labels")

[sqlite]
error[bad_argument]: invalid field name 'labels' in select_related(); choices are: board, featuredpin

[postgresql]
error[bad_argument]: invalid field name 'labels' in select_related(); choices are: board, featuredpin

[mysql]
error[bad_argument]: invalid field name 'labels' in select_related(); choices are: board, featuredpin

[oracle]
error[bad_argument]: invalid field name 'labels' in select_related(); choices are: board, featuredpin
