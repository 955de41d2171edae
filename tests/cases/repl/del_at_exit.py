# Objects still alive when an interactive session ends are finalized (__del__, weakref.finalize),
# as at the end of a program (del_at_exit.in is typed at the prompt).
import weakref
class Tracked:
    pass
