# docs/08-performance.md · создан nox -s extract, правьте урок · ed70c65bdd8e
import sys
import sysconfig

if __name__ == "__main__":
    print(f"Python {sys.version.split()[0]}")
    free_threaded = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    print(f"сборка без GIL (free-threaded): {'да' if free_threaded else 'нет'}")
    # sys._is_gil_enabled() есть с Python 3.13; в Python 3.11 и 3.12 GIL включён всегда
    gil_enabled = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
    print(f"GIL сейчас включён: {'да' if gil_enabled else 'нет'}")
