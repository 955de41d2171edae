# exit(3) at the prompt ends the session with status 3 (exit_status.in); what follows is never read.
