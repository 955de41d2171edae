# Frames of methods, properties, __init__ and class bodies are named by the function's name.
class Account:
    def __init__(self, balance):
        self.balance = balance

    @property
    def ratio(self):
        return 100 / self.balance

    def report(self):
        return f'ratio {self.ratio}'

acct = Account(0)
print(acct.report())
