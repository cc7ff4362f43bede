query: Event.objects.filter(title__has_key="a").values_list("id", flat=True)

[sqlite]
error[unknown_lookup]: unknown lookup or transform 'has_key' on title; did you mean 'has_key'?
 --> line 1, column 22
  | Event.objects.filter(title__has_key="a").values_list("id", flat=True)
  |                      ^^^^^^^^^^^^^^

[postgresql]
error[unknown_lookup]: unknown lookup or transform 'has_key' on title; did you mean 'has_key'?
 --> line 1, column 22
  | Event.objects.filter(title__has_key="a").values_list("id", flat=True)
  |                      ^^^^^^^^^^^^^^

[mysql]
error[unknown_lookup]: unknown lookup or transform 'has_key' on title; did you mean 'has_key'?
 --> line 1, column 22
  | Event.objects.filter(title__has_key="a").values_list("id", flat=True)
  |                      ^^^^^^^^^^^^^^

[oracle]
error[unknown_lookup]: unknown lookup or transform 'has_key' on title; did you mean 'has_key'?
 --> line 1, column 22
  | Event.objects.filter(title__has_key="a").values_list("id", flat=True)
  |                      ^^^^^^^^^^^^^^
