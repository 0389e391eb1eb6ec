DossierSearch.add("heads/kt",[["benadrukt","benadrukt"]]);
