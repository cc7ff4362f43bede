query: Customer.objects.iterator(0)

[sqlite]
error[bad_argument]: iterator(chunk_size=) must be strictly positive
 --> line 1, column 27
  | Customer.objects.iterator(0)
  |                           ^

[postgresql]
error[bad_argument]: iterator(chunk_size=) must be strictly positive
 --> line 1, column 27
  | Customer.objects.iterator(0)
  |                           ^

[mysql]
error[bad_argument]: iterator(chunk_size=) must be strictly positive
 --> line 1, column 27
  | Customer.objects.iterator(0)
  |                           ^

[oracle]
error[bad_argument]: iterator(chunk_size=) must be strictly positive
 --> line 1, column 27
  | Customer.objects.iterator(0)
  |                           ^
