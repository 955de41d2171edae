# sys.ps1 and sys.ps2 are set at the prompt and can be changed; str() of any object is used (prompts.in).
