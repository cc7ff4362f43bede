query: Tag.objects.get_or_create(name="x", defaults=["weight"])

[sqlite]
error[bad_argument]: get_or_create(defaults=) takes a dict of field names and values
 --> line 1, column 46
  | Tag.objects.get_or_create(name="x", defaults=["weight"])
  |                                              ^^^^^^^^^^

[postgresql]
error[bad_argument]: get_or_create(defaults=) takes a dict of field names and values
 --> line 1, column 46
  | Tag.objects.get_or_create(name="x", defaults=["weight"])
  |                                              ^^^^^^^^^^

[mysql]
error[bad_argument]: get_or_create(defaults=) takes a dict of field names and values
 --> line 1, column 46
  | Tag.objects.get_or_create(name="x", defaults=["weight"])
  |                                              ^^^^^^^^^^

[oracle]
error[bad_argument]: get_or_create(defaults=) takes a dict of field names and values
 --> line 1, column 46
  | Tag.objects.get_or_create(name="x", defaults=["weight"])
  |                                              ^^^^^^^^^^
