"""`streamlit run dashboard.py`: a shim; the app lives in tracker/app so that an installed package carries it."""

import runpy
from pathlib import Path

runpy.run_path(str(Path(__file__).resolve().parent / "tracker" / "app" / "main.py"), run_name="__main__")
