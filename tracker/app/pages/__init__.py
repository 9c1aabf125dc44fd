"""The dashboard pages (each file is one page, run by st.navigation)."""
