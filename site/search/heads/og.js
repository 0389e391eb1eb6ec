DossierSearch.add("heads/og",[["veiligheidsdialoog","veiligheidsdialog"]]);
