query: Customer.objects.filter(city__lower="berlin").values_list("id", flat=True)

[sqlite]
error[unknown_lookup]: unknown lookup or transform 'lower' on city
 --> line 1, column 25
  | Customer.objects.filter(city__lower="berlin").values_list("id", flat=True)
  |                         ^^^^^^^^^^^

[postgresql]
error[unknown_lookup]: unknown lookup or transform 'lower' on city
 --> line 1, column 25
  | Customer.objects.filter(city__lower="berlin").values_list("id", flat=True)
  |                         ^^^^^^^^^^^

[mysql]
error[unknown_lookup]: unknown lookup or transform 'lower' on city
 --> line 1, column 25
  | Customer.objects.filter(city__lower="berlin").values_list("id", flat=True)
  |                         ^^^^^^^^^^^

[oracle]
error[unknown_lookup]: unknown lookup or transform 'lower' on city
 --> line 1, column 25
  | Customer.objects.filter(city__lower="berlin").values_list("id", flat=True)
  |                         ^^^^^^^^^^^
