[sqlite]
[postgresql]
[mysql]
[oracle]
