"""The io module (mnemo's): in-memory streams `StringIO` and `BytesIO`, the base classes, and
`open`/`TextIOWrapper` from the built-in file objects. Messages are CPython 3.11's.
"""

import builtins as _builtins
import sys as _sys

__all__ = ["BlockingIOError", "open", "IOBase", "RawIOBase", "FileIO", "BytesIO",
           "StringIO", "BufferedIOBase", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = _builtins.open
BlockingIOError = _builtins.BlockingIOError
TextIOWrapper = type(_sys.stdout)
FileIO = TextIOWrapper


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


class IOBase:
    """The abstract base class for all I/O classes."""

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _checkClosed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def flush(self):
        self._checkClosed()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


def _size_arg(size):
    if size is None:
        return -1
    try:
        return size.__index__()
    except AttributeError:
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'") from None


class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f'newline must be str or None, not {type(newline).__name__}')
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        self._newline = newline
        self._text = self._translate(initial_value or '')
        self._chunks = []
        self._pos = 0
        self._closed = False

    def _translate(self, s):
        if self._newline is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if self._newline in ('\r', '\r\n'):
            return s.replace('\n', self._newline)
        return s

    def _flat(self):
        if self._chunks:
            self._text = self._text + ''.join(self._chunks)
            self._chunks = []
        return self._text

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    @property
    def closed(self):
        return self._closed

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def close(self):
        self._closed = True
        self._text = ''
        self._chunks = []

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def getvalue(self):
        self._check()
        return self._flat()

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        s = self._translate(s)
        if not s:
            return n
        length = len(self._text) + sum(map(len, self._chunks))
        if self._pos == length:
            self._chunks.append(s)
        else:
            text = self._flat()
            if self._pos > len(text):
                text += '\0' * (self._pos - len(text))
            self._text = text[:self._pos] + s + text[self._pos + len(s):]
        self._pos += len(s)
        return n

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        text = self._flat()
        if size < 0:
            end = len(text)
        else:
            end = min(len(text), self._pos + size)
        r = text[self._pos:end] if self._pos < end else ''
        self._pos = max(self._pos, end)
        return r

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        text = self._flat()
        start = self._pos
        if start >= len(text):
            return ''
        nl = text.find('\n', start)
        end = len(text) if nl < 0 else nl + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return text[start:end]

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        pos = _size_arg(pos)
        if whence not in (0, 1, 2):
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        else:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._flat())
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        size = _size_arg(size)
        if size < 0:
            raise ValueError(f'Negative size value {size}')
        text = self._flat()
        if size < len(text):
            self._text = text[:size]
        return size

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def __repr__(self):
        return f'<_io.StringIO object at {id(self):#x}>'


StringIO.__module__ = '_io'


class BytesIO(BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=b''):
        self._buf = bytearray(initial_bytes if initial_bytes is not None else b'')
        self._pos = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def write(self, b):
        self._check()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        try:
            data = bytes(b)
        except TypeError:
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'") from None
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        if pos > len(self._buf):
            self._buf += b'\0' * (pos - len(self._buf))
        self._buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        if size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        if self._pos >= end:
            return b''
        r = bytes(self._buf[self._pos:end])
        self._pos = end
        return r

    read1 = read

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        start = self._pos
        if start >= len(self._buf):
            return b''
        nl = self._buf.find(b'\n', start)
        end = len(self._buf) if nl < 0 else nl + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return bytes(self._buf[start:end])

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        pos = _size_arg(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError(f'negative seek value {pos}')
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        size = _size_arg(size)
        if size < 0:
            raise ValueError(f'negative size value {size}')
        del self._buf[size:]
        return size

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def __repr__(self):
        return f'<_io.BytesIO object at {id(self):#x}>'


BytesIO.__module__ = '_io'
