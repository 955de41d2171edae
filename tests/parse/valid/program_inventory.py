# -*- coding: utf-8 -*-
"""Inventory and ledger: classes, properties, operator overloading, generators,
context managers and report formatting, the way ordinary business code looks."""

from __future__ import annotations

import csv
import io
import textwrap
from abc import ABC, abstractmethod
from contextlib import contextmanager
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP
from functools import total_ordering, reduce
from itertools import groupby
from operator import attrgetter
from typing import ClassVar, Iterable, Iterator, Protocol

CENT = Decimal('0.01')
_audit_log: list[str] = []


def audit(message: str, *details: object, sep: str = ' ') -> None:
    global _audit_log
    _audit_log = [*_audit_log, sep.join([message, *map(str, details)])]


@total_ordering
class Money:
    __slots__ = ('amount', 'currency')

    def __init__(self, amount: Decimal | int | str, currency: str = 'EUR') -> None:
        self.amount = Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)
        self.currency = currency

    def _check(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError(f'cannot combine Money with {type(other).__name__}')
        if other.currency != self.currency:
            raise ValueError(f'currency mismatch: {self.currency} vs {other.currency}')

    def __add__(self, other: Money) -> Money:
        self._check(other)
        return Money(self.amount + other.amount, self.currency)

    __radd__ = lambda self, other: self if other == 0 else self + other

    def __sub__(self, other: Money) -> Money:
        self._check(other)
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, factor: int | Decimal) -> Money:
        return Money(self.amount * factor, self.currency)

    __rmul__ = __mul__

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Money) and (self.amount, self.currency) == (other.amount, other.currency)

    def __lt__(self, other: Money) -> bool:
        self._check(other)
        return self.amount < other.amount

    def __hash__(self) -> int:
        return hash((self.amount, self.currency))

    def __bool__(self) -> bool:
        return bool(self.amount)

    def __repr__(self) -> str:
        return f'Money({str(self.amount)!r}, {self.currency!r})'

    def __format__(self, spec: str) -> str:
        text = f'{self.amount:,.2f} {self.currency}'
        return format(text, spec) if spec else text


class Priced(Protocol):
    def price(self) -> Money: ...


class Item(ABC):
    registry: ClassVar[dict[str, type[Item]]] = {}
    kind: ClassVar[str] = 'item'

    def __init_subclass__(cls, /, kind: str = '', **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        if kind:
            cls.kind = kind
            Item.registry[kind] = cls

    def __init__(self, sku: str, name: str, unit_price: Money, quantity: int = 0) -> None:
        self.sku, self.name = sku, name
        self.unit_price = unit_price
        self._quantity = quantity

    @property
    def quantity(self) -> int:
        return self._quantity

    @quantity.setter
    def quantity(self, value: int) -> None:
        if value < 0:
            raise ValueError(f'{self.sku}: quantity cannot be negative ({value})')
        audit('quantity', self.sku, self._quantity, '->', value)
        self._quantity = value

    @abstractmethod
    def price(self) -> Money:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f'{type(self).__name__}({self.sku!r}, {self.name!r}, qty={self.quantity})'


class Good(Item, kind='good'):
    def price(self) -> Money:
        return self.unit_price * self.quantity


class Perishable(Good, kind='perishable'):
    def __init__(self, *args, expires: date, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.expires = expires

    def price(self, *, today: date | None = None) -> Money:
        today = today or date(2024, 1, 1)
        days_left = (self.expires - today).days
        factor = Decimal('1') if days_left > 7 else Decimal('0.5') if days_left > 0 else Decimal('0')
        return super().price() * factor


class Service(Item, kind='service'):
    def price(self) -> Money:
        return self.unit_price


class Inventory:
    def __init__(self, items: Iterable[Item] = ()) -> None:
        self._items: dict[str, Item] = {item.sku: item for item in items}

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, sku: object) -> bool:
        return sku in self._items

    def __getitem__(self, sku: str) -> Item:
        try:
            return self._items[sku]
        except KeyError:
            raise KeyError(f'no such SKU: {sku}') from None

    def __iter__(self) -> Iterator[Item]:
        yield from sorted(self._items.values(), key=attrgetter('kind', 'sku'))

    def add(self, item: Item) -> None:
        if item.sku in self:
            self[item.sku].quantity += item.quantity
        else:
            self._items[item.sku] = item

    def total(self) -> Money:
        return sum((item.price() for item in self), Money(0))

    @contextmanager
    def transaction(self):
        snapshot = {sku: item.quantity for sku, item in self._items.items()}
        try:
            yield self
        except Exception as exc:
            for sku, qty in snapshot.items():
                self._items[sku]._quantity = qty
            audit('rolled back:', exc)
            raise
        else:
            audit('committed')

    def by_kind(self) -> dict[str, list[Item]]:
        return {kind: list(group) for kind, group in groupby(self, key=attrgetter('kind'))}

    @classmethod
    def from_csv(cls, text: str) -> Inventory:
        inv = cls()
        for lineno, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
            if not (kind := row.get('kind', '').strip()):
                raise ValueError(f'line {lineno}: missing kind')
            factory = Item.registry[kind]
            extra = {'expires': date.fromisoformat(row['expires'])} if kind == 'perishable' else {}
            inv.add(factory(row['sku'], row['name'], Money(row['price']), int(row['qty'] or 0), **extra))
        return inv


def report(inv: Inventory, *, width: int = 60) -> str:
    lines = [f"{'SKU':<8}{'Name':<20}{'Qty':>6}{'Total':>20}", '-' * width]
    for kind, items in inv.by_kind().items():
        lines.append(f'[{kind}]')
        lines.extend(f'{i.sku:<8}{i.name[:19]:<20}{i.quantity:>6}{i.price():>20}' for i in items)
    lines += ['-' * width, f"{'total':<34}{inv.total():>20}"]
    return '\n'.join(lines)


DATA = textwrap.dedent('''\
    kind,sku,name,price,qty,expires
    good,G-1,Widget,2.50,10,
    good,G-2,Gadget with a very long name,19.99,3,
    perishable,P-1,Milk,1.10,24,2024-01-05
    perishable,P-2,Cheese,4.75,5,2024-02-01
    service,S-1,Installation,80,1,
    good,G-1,Widget,2.50,5,
''')

if __name__ == '__main__':
    inventory = Inventory.from_csv(DATA)
    print(report(inventory))
    try:
        with inventory.transaction() as inv:
            inv['G-1'].quantity -= 3
            inv['P-1'].quantity -= 30
    except ValueError as err:
        print('error:', err)
    assert inventory['G-1'].quantity == 15, inventory['G-1']
    print(*_audit_log, sep='\n')
    cheapest = min(inventory, key=lambda item: (item.price(), item.sku))
    print(f'{cheapest!r} costs {cheapest.price():>12}')
    print(reduce(lambda acc, it: acc + it.quantity, inventory, 0), 'units;', len(inventory), 'SKUs')
    soon = [i.sku for i in inventory if isinstance(i, Perishable) and i.expires - date(2024, 1, 1) < timedelta(days=7)]
    print('expiring soon:', ', '.join(soon) or 'none')
