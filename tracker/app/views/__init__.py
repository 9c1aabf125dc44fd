"""The dashboard pages, each run only by st.navigation in main.py (not named `pages`: Streamlit would also serve a
`pages/` folder beside the main script on its own, without the sidebar filters)."""
