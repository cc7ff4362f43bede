query: Tag.objects.get_or_create(name="x", defaults={"wieght": 2})

[sqlite]
error[unknown_field]: unknown field 'wieght' on Tag; did you mean 'weight'?
 --> line 1, column 47
  | Tag.objects.get_or_create(name="x", defaults={"wieght": 2})
  |                                               ^^^^^^^^

[postgresql]
error[unknown_field]: unknown field 'wieght' on Tag; did you mean 'weight'?
 --> line 1, column 47
  | Tag.objects.get_or_create(name="x", defaults={"wieght": 2})
  |                                               ^^^^^^^^

[mysql]
error[unknown_field]: unknown field 'wieght' on Tag; did you mean 'weight'?
 --> line 1, column 47
  | Tag.objects.get_or_create(name="x", defaults={"wieght": 2})
  |                                               ^^^^^^^^

[oracle]
error[unknown_field]: unknown field 'wieght' on Tag; did you mean 'weight'?
 --> line 1, column 47
  | Tag.objects.get_or_create(name="x", defaults={"wieght": 2})
  |                                               ^^^^^^^^
