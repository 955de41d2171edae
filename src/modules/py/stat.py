"""stat for mnemo: the constants and predicates used to read the mode, flags and fields of
os.stat() results, and filemode() (an `ls -l` style permission string)."""

# Positions of the fields in the tuple form of an os.stat() result.
(ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID,
 ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME) = range(10)

# File types: the bits under the 0o170000 mask.
_TYPE_MASK = 0xF000
S_IFIFO = 0x1000
S_IFCHR = 0x2000
S_IFDIR = 0x4000
S_IFBLK = 0x6000
S_IFREG = 0x8000
S_IFLNK = 0xA000
S_IFSOCK = 0xC000
# Types of other systems (Solaris doors and event ports, BSD whiteouts): absent here.
S_IFDOOR = S_IFPORT = S_IFWHT = 0

# Permission bits.
S_ISUID, S_ISGID, S_ISVTX = 0x800, 0x400, 0x200
S_ENFMT = S_ISGID
S_IRUSR, S_IWUSR, S_IXUSR = 0x100, 0x80, 0x40
S_IRGRP, S_IWGRP, S_IXGRP = S_IRUSR >> 3, S_IWUSR >> 3, S_IXUSR >> 3
S_IROTH, S_IWOTH, S_IXOTH = S_IRUSR >> 6, S_IWUSR >> 6, S_IXUSR >> 6
S_IRWXU = S_IRUSR | S_IWUSR | S_IXUSR
S_IRWXG = S_IRWXU >> 3
S_IRWXO = S_IRWXU >> 6
S_IREAD, S_IWRITE, S_IEXEC = S_IRUSR, S_IWUSR, S_IXUSR

# BSD/macOS file flags (st_flags).
UF_NODUMP, UF_IMMUTABLE, UF_APPEND, UF_OPAQUE, UF_NOUNLINK, UF_COMPRESSED = (
    1 << n for n in range(6))
UF_HIDDEN = 1 << 15
SF_ARCHIVED, SF_IMMUTABLE, SF_APPEND = 1 << 16, 1 << 17, 1 << 18
SF_NOUNLINK, SF_SNAPSHOT = 1 << 20, 1 << 21

# Windows st_file_attributes bits.
FILE_ATTRIBUTE_READONLY = 0x1
FILE_ATTRIBUTE_HIDDEN = 0x2
FILE_ATTRIBUTE_SYSTEM = 0x4
FILE_ATTRIBUTE_DIRECTORY = 0x10
FILE_ATTRIBUTE_ARCHIVE = 0x20
FILE_ATTRIBUTE_DEVICE = 0x40
FILE_ATTRIBUTE_NORMAL = 0x80
FILE_ATTRIBUTE_TEMPORARY = 0x100
FILE_ATTRIBUTE_SPARSE_FILE = 0x200
FILE_ATTRIBUTE_REPARSE_POINT = 0x400
FILE_ATTRIBUTE_COMPRESSED = 0x800
FILE_ATTRIBUTE_OFFLINE = 0x1000
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 0x2000
FILE_ATTRIBUTE_ENCRYPTED = 0x4000
FILE_ATTRIBUTE_INTEGRITY_STREAM = 0x8000
FILE_ATTRIBUTE_VIRTUAL = 0x10000
FILE_ATTRIBUTE_NO_SCRUB_DATA = 0x20000


def S_IMODE(mode):
    """The permission part of a mode (what os.chmod() sets)."""
    return mode & 0xFFF


def S_IFMT(mode):
    """The file-type part of a mode."""
    return mode & _TYPE_MASK


def _type_test(kind, what):
    def test(mode):
        return mode & _TYPE_MASK == kind
    test.__doc__ = "Return True if mode is from " + what + "."
    return test


S_ISDIR = _type_test(S_IFDIR, "a directory")
S_ISCHR = _type_test(S_IFCHR, "a character special device file")
S_ISBLK = _type_test(S_IFBLK, "a block special device file")
S_ISREG = _type_test(S_IFREG, "a regular file")
S_ISFIFO = _type_test(S_IFIFO, "a FIFO (named pipe)")
S_ISLNK = _type_test(S_IFLNK, "a symbolic link")
S_ISSOCK = _type_test(S_IFSOCK, "a socket")
for _name, _test in [("S_ISDIR", S_ISDIR), ("S_ISCHR", S_ISCHR), ("S_ISBLK", S_ISBLK),
                     ("S_ISREG", S_ISREG), ("S_ISFIFO", S_ISFIFO), ("S_ISLNK", S_ISLNK),
                     ("S_ISSOCK", S_ISSOCK)]:
    _test.__name__ = _test.__qualname__ = _name
del _name, _test


def S_ISDOOR(mode):
    """Return True if mode is from a door (never, on this system)."""
    mode & 0
    return False


def S_ISPORT(mode):
    """Return True if mode is from an event port (never, on this system)."""
    mode & 0
    return False


def S_ISWHT(mode):
    """Return True if mode is from a whiteout (never, on this system)."""
    mode & 0
    return False


_TYPE_LETTERS = {S_IFREG: "-", S_IFDIR: "d", S_IFLNK: "l", S_IFCHR: "c",
                 S_IFBLK: "b", S_IFIFO: "p", S_IFSOCK: "s"}


def _triplet(mode, shift, special, on_exec, on_noexec):
    """rwx letters of one user class; `special` is its setuid/setgid/sticky bit."""
    bits = (mode >> shift) & 7
    read = "r" if bits & 4 else "-"
    write = "w" if bits & 2 else "-"
    if mode & special:
        run = on_exec if bits & 1 else on_noexec
    else:
        run = "x" if bits & 1 else "-"
    return read + write + run


def filemode(mode):
    """Convert a file's mode to a string of the form '-rwxrwxrwx'."""
    kind = _TYPE_LETTERS.get(mode & _TYPE_MASK, "?")
    return (kind + _triplet(mode, 6, S_ISUID, "s", "S") + _triplet(mode, 3, S_ISGID, "s", "S")
            + _triplet(mode, 0, S_ISVTX, "t", "T"))
