# raise SystemExit('bye') at the prompt prints its message and exits with status 1 (system_exit_message.in).
