# The traceback passes through a function of another module.
import _tb_helper

def main():
    return _tb_helper.divide_all([4, 2, 0])

main()
