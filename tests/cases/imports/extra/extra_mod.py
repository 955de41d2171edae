# Found only after its directory is added to sys.path.
where = 'extra_mod from an added sys.path entry'
