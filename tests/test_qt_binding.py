"""The Qt binding must survive an all-day session: no reference leaks on the calls the window repeats.

PySide6 6.12.0 on Python 3.11 dropped a reference to True on every Python-side signal emit and to None
on every call returning nothing; after a few thousand the interpreter aborts ("bool_dealloc"). A desk
left open for a day makes hundreds of thousands of such calls.
"""

from __future__ import annotations

import subprocess
import sys

PROGRAM = r"""
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])

class Source(QObject):
    changed = Signal(int)

source = Source()
label = QLabel()
true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
for i in range(20_000):
    source.changed.emit(i)
    label.setText("x")
print(sys.getrefcount(True) - true_before, sys.getrefcount(None) - none_before)
"""


def test_signal_emits_and_void_calls_keep_reference_counts() -> None:
    result = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    true_delta, none_delta = (int(x) for x in result.stdout.split())
    assert abs(true_delta) < 100 and abs(none_delta) < 100
