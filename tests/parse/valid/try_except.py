# try / except / else / finally in every combination.
try:
    pass
except:
    pass

try:
    risky()
except ValueError:
    handle()
except (TypeError, KeyError) as err:
    handle(err)
except Exception as e:
    raise
else:
    ok()
finally:
    cleanup()

try:
    pass
finally:
    pass

try:
    pass
except E:
    pass
else:
    pass

try:
    try:
        inner()
    except ZeroDivisionError as zde:
        print(zde)
        raise RuntimeError('wrapped') from zde
    finally:
        print('inner finally')
except RuntimeError:
    pass

try:
    x = 1
except mod.Error as err:
    pass
except errors[0]:
    pass
except get_error():
    pass
