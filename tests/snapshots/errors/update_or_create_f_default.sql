query: Tag.objects.update_or_create(name="x", defaults={"weight": F("weight") + 1})

[sqlite]
error[bad_argument]: F() and column references can only update rows, not insert them ('weight')
 --> line 1, column 60
  | Tag.objects.update_or_create(name="x", defaults={"weight": F("weight") + 1})
  |                                                            ^^^^^^^^^^^^^^^

[postgresql]
error[bad_argument]: F() and column references can only update rows, not insert them ('weight')
 --> line 1, column 60
  | Tag.objects.update_or_create(name="x", defaults={"weight": F("weight") + 1})
  |                                                            ^^^^^^^^^^^^^^^

[mysql]
error[bad_argument]: F() and column references can only update rows, not insert them ('weight')
 --> line 1, column 60
  | Tag.objects.update_or_create(name="x", defaults={"weight": F("weight") + 1})
  |                                                            ^^^^^^^^^^^^^^^

[oracle]
error[bad_argument]: F() and column references can only update rows, not insert them ('weight')
 --> line 1, column 60
  | Tag.objects.update_or_create(name="x", defaults={"weight": F("weight") + 1})
  |                                                            ^^^^^^^^^^^^^^^
